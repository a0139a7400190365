using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Reports;

/// <summary>
/// The KPIs (all but open and overdue) read counts kept alongside the cases. These tests change cases every way the
/// application can and check every count against counting the stages and cases themselves.
/// </summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class ReportingCounts
{
    private static readonly ReportPeriod ThisQuarter = ReportPeriod.ForQuarter(2026, 3);   // October–December 2026, the case world's quarter

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheFiguresFollowACaseThroughDateCorrectionResponseClosureReopeningAndEscalation(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var leader = world.Staff["David Okafor"];
        var waste = (await world.OpenAsync("Mark Ellis")).ServiceAreaId;
        var before = await OctoberAndNovemberAsync(world.Database, waste);
        var trendBefore = await TrendNowAsync(world.Database, waste);

        // Received 16 November; really received on 28 October: the stage moves month.
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new CorrectReceivedDateCommand(new DateTime(2026, 10, 28, 9, 0, 0), "Email found in the shared inbox."), leader);
        Assert.Equal((before.October + 1, before.November - 1), await OctoberAndNovemberAsync(world.Database, waste));
        await AssertCountsAgreeAsync(world.Database);

        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var awaiting = AnswersInOctober(await QuarterAsync(world.Database, waste));
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);
        var answered = AnswersInOctober(await QuarterAsync(world.Database, waste));
        Assert.Equal((awaiting.Within + 1, awaiting.Awaiting - 1), (answered.Within, answered.Awaiting));
        Assert.Equal(trendBefore.Stage1Responded + 1, (await TrendNowAsync(world.Database, waste)).Stage1Responded);
        await AssertCountsAgreeAsync(world.Database);

        var closedBefore = (await QuarterAsync(world.Database, waste)).ClosedInPeriod;
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new CloseCommand(), leader);
        var closed = await QuarterAsync(world.Database, waste);
        Assert.Equal(closedBefore + 1, closed.ClosedInPeriod);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Mark Ellis")).Version, new ReopenCommand("The complainant sent evidence we had not seen."), world.Staff["Mark Ellis"]);
        var reopened = await QuarterAsync(world.Database, waste);
        Assert.Equal((trendBefore.Stage1Responded, closedBefore), (reopened.Trend[^1].Stage1Responded, reopened.ClosedInPeriod));
        await AssertCountsAgreeAsync(world.Database);

        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Tom Bennett")).Version, new EscalateCommand(null), world.Staff["Tom Bennett"]);
        var escalated = await TrendNowAsync(world.Database, waste);
        Assert.Equal((trendBefore.Stage1Responded + 1, trendBefore.Stage2Received + 1), (escalated.Stage1Responded, escalated.Stage2Received));
        await AssertCountsAgreeAsync(world.Database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task MonthlyCountsMatchTheStagesAfterMonthsOfDemoCases(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 150);

        await AssertCountsAgreeAsync(database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task PeopleAnsweringComplaintsAtTheSameMomentAreAllCounted(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var leader = world.Staff["David Okafor"];
        var waste = (await world.OpenAsync("Mark Ellis")).ServiceAreaId;
        var cases = new List<int>();
        for (var i = 1; i <= 8; i++)
        {
            var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
            {
                ServiceAreaId = waste,
                ReceivedDate = new DateTime(2026, 11, 19),
                Description = $"Bin not collected, call {i}.",
                Complainant = new ComplainantForm { LastName = $"Caller{i}", Phone = "07700 900456" },
            }, world.Staff["Tom Bennett"]);
            await world.Actions.ApplyAsync(logged.ComplaintId!.Value, await VersionAsync(world.Database, logged.ComplaintId.Value), new AcknowledgeCommand(null), leader);
            cases.Add(logged.ComplaintId.Value);
        }

        var before = await TrendNowAsync(world.Database, waste);
        var versions = new Dictionary<int, Guid>();
        foreach (var id in cases) versions[id] = await VersionAsync(world.Database, id);

        // Eight responses counted in the same monthly row at once, each saved on its own connection.
        await Task.WhenAll(cases.Select(id => Task.Run(() => world.Actions.ApplyAsync(id, versions[id], new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader))));

        var report = await QuarterAsync(world.Database, waste);
        Assert.Equal((before.Stage1Responded + 8, before.Stage1Within + 8), (report.Trend[^1].Stage1Responded, report.Trend[^1].Stage1Within));
        Assert.Equal((report.Stage(1).Responded, report.Stage(1).WithinTimescale), (report.Trend[^1].Stage1Responded, report.Trend[^1].Stage1Within));
        await AssertCountsAgreeAsync(world.Database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ARefusedSaveChangesNoCount(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var leader = world.Staff["David Okafor"];
        var waste = (await world.OpenAsync("Mark Ellis")).ServiceAreaId;
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var responsesBefore = (await TrendNowAsync(world.Database, waste)).Stage1Responded;
        var seen = (await world.OpenAsync("David Okafor")).Version;
        await world.Actions.ApplyAsync(world.CaseId, seen, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);

        // A second person answering from the same screen is refused; their response must not be counted as well.
        await Assert.ThrowsAsync<ConcurrencyException>(() => world.Actions.ApplyAsync(world.CaseId, seen, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), world.Staff["Mark Ellis"]));

        Assert.Equal(responsesBefore + 1, (await TrendNowAsync(world.Database, waste)).Stage1Responded);
        await AssertCountsAgreeAsync(world.Database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task UpgradingADatabaseWithCasesCountsTheStagesAlreadyThere(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            // Back to the release before the counts existed (the table goes, the stages stay), then forward again.
            await MigrateBackToJustBeforeAsync(db, "_ReportingCounts");
            Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_ReportingCounts", StringComparison.Ordinal));
        }

        await database.Get<DatabaseInitializer>().MigrateAsync();

        Assert.NotEqual(0, await CountRowsAsync(database));
        await AssertCountsAgreeAsync(database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task UpgradingMarksTheStagesOfCasesAlreadyAllocated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await MigrateBackToJustBeforeAsync(db, "_StageOfficerAllocated");
        }

        await database.Get<DatabaseInitializer>().MigrateAsync();

        await using var check = await database.Factory.CreateDbContextAsync();
        var stages = await (from s in check.ComplaintStages join c in check.Complaints on s.ComplaintId equals c.Id
                            select new { s.OfficerAllocated, CaseAllocated = c.AllocatedOfficerId != null }).ToListAsync();
        Assert.Contains(stages, s => s.CaseAllocated);
        Assert.Contains(stages, s => !s.CaseAllocated);
        Assert.All(stages, s => Assert.Equal(s.CaseAllocated, s.OfficerAllocated));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task GoingBackBeforeTheReceivedBreakdownsLeavesTheEarlierReleaseItsCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 90);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            // The earlier release reads one table of stages received by subject, category and answer together, and
            // only counts its tables when it creates them: stepping back must leave that table right.
            await MigrateBackToJustBeforeAsync(db, "_ReceivedCountBreakdowns");

            var stages = await db.ComplaintStages.AsNoTracking().Select(s => new { s.OpenedOn, s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId, s.CategoryId, s.WorkingDaysLate, s.WithdrawnOn }).ToListAsync();
            var expected = stages
                .GroupBy(s => (new DateOnly(s.OpenedOn.Year, s.OpenedOn.Month, 1), s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId ?? 0, s.CategoryId ?? 0, ExpectedAnswer(s.WorkingDaysLate, s.WithdrawnOn).ToString()))
                .ToDictionary(g => g.Key, g => g.Count());
            var stored = new Dictionary<(DateOnly, int, int, int, int, int, string), int>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """SELECT "Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "Answer", "Stages" FROM "ReceivedStageCounts" """;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    stored[(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetString(6))] = reader.GetInt32(7);
                }
            }

            await db.Database.CloseConnectionAsync();
            Assert.True(expected.Count > 20, "the demo data should give a spread of months, subjects and categories");
            Assert.Equal(expected.OrderBy(e => e.Key), stored.OrderBy(s => s.Key));
        }

        // And forward again: the breakdowns are counted afresh.
        await database.Get<DatabaseInitializer>().MigrateAsync();
        await AssertCountsAgreeAsync(database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ARecountRebuildsCountsLostOutsideTheApplication(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        // The quarter of a month ago has weeks of the demo cases in it, even when today is the first day of a quarter.
        var lastMonth = ReportPeriod.QuarterContaining(UkTime.Today(database.Clock).AddMonths(-1));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.StageMonthlyCounts.ExecuteDeleteAsync();
            await db.ContactCounts.ExecuteDeleteAsync();
            Assert.All((await QuarterAsync(database, null, lastMonth)).Trend, t => Assert.Equal(0, t.Stage1Received));
            await ReportingCounter.RecountAsync(db);
        }

        var report = await QuarterAsync(database, null, lastMonth);
        Assert.Equal(report.Stage(1).Received, report.Trend[^1].Stage1Received);
        Assert.NotEmpty(report.ContactsByClassification);
        await AssertCountsAgreeAsync(database);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task StartUpCountsAgainWhenTheCountsWereCountedByAnEarlierVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await AddToEveryCountOutsideTheApplicationAsync(database, 7);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.ReportingCountsVersion.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, ReportingCounter.CountsVersion - 1));
        }

        await database.Get<DatabaseInitializer>().MigrateAsync();

        await AssertCountsAgreeAsync(database);
        Assert.Equal(ReportingCounter.CountsVersion, await StoredCountsVersionAsync(database));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task StartUpCountsAgainWhenNoCountsVersionWasStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await AddToEveryCountOutsideTheApplicationAsync(database, 7);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.ReportingCountsVersion.ExecuteDeleteAsync();
        }

        await database.Get<DatabaseInitializer>().MigrateAsync();

        await AssertCountsAgreeAsync(database);
        Assert.Equal(ReportingCounter.CountsVersion, await StoredCountsVersionAsync(database));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task StartUpLeavesCountsAlreadyCountedByThisVersionAlone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        Assert.Equal(ReportingCounter.CountsVersion, await StoredCountsVersionAsync(database));
        var counted = await StagesCountedAsync(database);
        await AddToEveryCountOutsideTheApplicationAsync(database, 7);

        // A start-up that counted again would put the stages counted back; one that leaves the counts alone keeps the 7s.
        await database.Get<DatabaseInitializer>().MigrateAsync();

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(counted + 7 * await db.StageMonthlyCounts.CountAsync(), await StagesCountedAsync(database));
    }

    private static async Task<KpiReport> QuarterAsync(TestDatabase database, int? areaId, ReportPeriod? period = null)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.Where(s => s.DisplayName == "Mark Ellis").Select(s => s.Id).SingleAsync();
        return await database.Get<KpiQuery>().GetAsync(new KpiFilter(period ?? ThisQuarter, areaId), new CurrentStaff(admin, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));
    }

    private static async Task<TrendPoint> TrendNowAsync(TestDatabase database, int areaId) => (await QuarterAsync(database, areaId)).Trend[^1];

    private static async Task<(int October, int November)> OctoberAndNovemberAsync(TestDatabase database, int areaId)
    {
        var report = await QuarterAsync(database, areaId);
        var byMonth = report.Received.Where(r => r.Stage == 1).GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return (byMonth.GetValueOrDefault(new DateOnly(2026, 10, 1)), byMonth.GetValueOrDefault(new DateOnly(2026, 11, 1)));
    }

    private static (int Within, int Awaiting) AnswersInOctober(KpiReport report)
    {
        var october = report.Received.Where(r => r.Stage == 1 && r.Month == new DateOnly(2026, 10, 1)).ToList();
        return (october.Where(r => r.Answer == AnswerState.WithinTimescale).Sum(r => r.Count), october.Where(r => r.Answer == AnswerState.AwaitingResponse).Sum(r => r.Count));
    }

    private static async Task<Guid> VersionAsync(TestDatabase database, int caseId)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
    }

    /// <summary>Takes the database back to the release before the named migration, as an administrator rolling back would.</summary>
    private static async Task MigrateBackToJustBeforeAsync(ComplaintsDbContext db, string migration)
    {
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith(migration, StringComparison.Ordinal))) - 1]);
    }

    private static async Task<int> CountRowsAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.StageMonthlyCounts.CountAsync();
    }

    /// <summary>Adds to every amount of every count table behind the application's back, as a hand repair gone wrong would.</summary>
    private static async Task AddToEveryCountOutsideTheApplicationAsync(TestDatabase database, int amount)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.NotEqual(0, await db.StageMonthlyCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Stages, c => c.Stages + amount).SetProperty(c => c.WithinTimescale, c => c.WithinTimescale + amount)));
        Assert.NotEqual(0, await db.ReceivedAnswerCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Stages, c => c.Stages + amount)));
        Assert.NotEqual(0, await db.ReceivedSubjectCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Stages, c => c.Stages + amount)));
        Assert.NotEqual(0, await db.ReceivedCategoryCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Stages, c => c.Stages + amount)));
        Assert.NotEqual(0, await db.ResponseCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Stages, c => c.Stages + amount).SetProperty(c => c.WorkingDaysToRespond, c => c.WorkingDaysToRespond + amount)));
        Assert.NotEqual(0, await db.ClosureCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Complaints, c => c.Complaints + amount)));
        Assert.NotEqual(0, await db.ContactCounts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Contacts, c => c.Contacts + amount)));
    }

    private static async Task<int> StagesCountedAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.StageMonthlyCounts.SumAsync(c => c.Stages);
    }

    private static async Task<int?> StoredCountsVersionAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.ReportingCountsVersion.Select(v => (int?)v.Version).SingleOrDefaultAsync();
    }

    /// <summary>Every stored count equals counting the stages and cases, and no row they call for is missing.</summary>
    private static async Task AssertCountsAgreeAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var stages = await db.ComplaintStages.AsNoTracking()
            .Select(s => new { s.OpenedOn, s.ResponseSentOn, s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId, s.CategoryId, s.WorkingDaysLate, s.WithdrawnOn, s.Outcome, s.WorkingDaysToRespond })
            .ToListAsync();
        static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

        var expectedMonthly = stages
            .Select(s => (Month: MonthOf(s.OpenedOn), Measure: StageMeasure.Opened, s.StageNumber, s.ServiceAreaId, s.ProcedureId, Within: 0))
            .Concat(stages.Where(s => s.ResponseSentOn is not null).Select(s =>
                (Month: MonthOf(s.ResponseSentOn!.Value), Measure: StageMeasure.Responded, s.StageNumber, s.ServiceAreaId, s.ProcedureId, Within: s.WorkingDaysLate == 0 ? 1 : 0)))
            .GroupBy(x => (x.Month, x.Measure, x.StageNumber, x.ServiceAreaId, x.ProcedureId))
            .ToDictionary(g => g.Key, g => (Stages: g.Count(), Within: g.Sum(x => x.Within)));
        var storedMonthly = (await db.StageMonthlyCounts.AsNoTracking().ToListAsync())
            .Where(c => (c.Stages, c.WithinTimescale) != (0, 0))
            .ToDictionary(c => (c.Month, c.Measure, c.StageNumber, c.ServiceAreaId, c.ProcedureId), c => (Stages: c.Stages, Within: c.WithinTimescale));

        var expectedByAnswer = stages.GroupBy(s => (MonthOf(s.OpenedOn), s.StageNumber, s.ServiceAreaId, s.ProcedureId, ExpectedAnswer(s.WorkingDaysLate, s.WithdrawnOn)))
            .ToDictionary(g => g.Key, g => g.Count());
        var storedByAnswer = (await db.ReceivedAnswerCounts.AsNoTracking().ToListAsync()).Where(c => c.Stages != 0)
            .ToDictionary(c => (c.Month, c.StageNumber, c.ServiceAreaId, c.ProcedureId, c.Answer), c => c.Stages);
        var expectedBySubject = stages.GroupBy(s => (MonthOf(s.OpenedOn), s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId ?? 0))
            .ToDictionary(g => g.Key, g => g.Count());
        var storedBySubject = (await db.ReceivedSubjectCounts.AsNoTracking().ToListAsync()).Where(c => c.Stages != 0)
            .ToDictionary(c => (c.Month, c.StageNumber, c.ServiceAreaId, c.ProcedureId, c.SubjectId), c => c.Stages);
        var expectedByCategory = stages.GroupBy(s => (MonthOf(s.OpenedOn), s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.CategoryId ?? 0))
            .ToDictionary(g => g.Key, g => g.Count());
        var storedByCategory = (await db.ReceivedCategoryCounts.AsNoTracking().ToListAsync()).Where(c => c.Stages != 0)
            .ToDictionary(c => (c.Month, c.StageNumber, c.ServiceAreaId, c.ProcedureId, c.CategoryId), c => c.Stages);

        var expectedResponses = stages.Where(s => s.ResponseSentOn is not null)
            .GroupBy(s => (MonthOf(s.ResponseSentOn!.Value), s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.Outcome?.ToString() ?? "", s.WorkingDaysLate ?? 0))
            .ToDictionary(g => g.Key, g => (Stages: g.Count(), Days: g.Sum(s => s.WorkingDaysToRespond ?? 0)));
        var storedResponses = (await db.ResponseCounts.AsNoTracking().ToListAsync())
            .Where(c => (c.Stages, c.WorkingDaysToRespond) != (0, 0))
            .ToDictionary(c => (c.Month, c.StageNumber, c.ServiceAreaId, c.ProcedureId, c.Outcome, c.WorkingDaysLate), c => (Stages: c.Stages, Days: c.WorkingDaysToRespond));

        var cases = await db.Complaints.AsNoTracking()
            .Select(c => new { c.Classification, c.ServiceAreaId, c.ProcedureId, c.ReceivedOn, c.ClosedAt, c.Status, c.CurrentStage, c.Outcome })
            .ToListAsync();
        var expectedContacts = cases.GroupBy(c => (MonthOf(c.ReceivedOn), c.ServiceAreaId, c.ProcedureId, c.Classification)).ToDictionary(g => g.Key, g => g.Count());
        var storedContacts = (await db.ContactCounts.AsNoTracking().ToListAsync()).Where(c => c.Contacts != 0)
            .ToDictionary(c => (c.Month, c.ServiceAreaId, c.ProcedureId, c.Classification), c => c.Contacts);
        var expectedClosures = cases.Where(c => c.Classification == ContactClassification.Complaint && c.ClosedAt is not null)
            .GroupBy(c => (MonthOf(UkTime.DateOf(c.ClosedAt!.Value)),
                c.ServiceAreaId, c.ProcedureId, c.Status, c.CurrentStage, c.Outcome is not null))
            .ToDictionary(g => g.Key, g => g.Count());
        var storedClosures = (await db.ClosureCounts.AsNoTracking().ToListAsync()).Where(c => c.Complaints != 0)
            .ToDictionary(c => (c.Month, c.ServiceAreaId, c.ProcedureId, c.Status, c.CurrentStage, c.HasOutcome), c => c.Complaints);

        Assert.NotEmpty(expectedMonthly);
        Assert.Equal(expectedMonthly.OrderBy(e => e.Key), storedMonthly.OrderBy(s => s.Key));
        Assert.Equal(expectedByAnswer.OrderBy(e => e.Key), storedByAnswer.OrderBy(s => s.Key));
        Assert.Equal(expectedBySubject.OrderBy(e => e.Key), storedBySubject.OrderBy(s => s.Key));
        Assert.Equal(expectedByCategory.OrderBy(e => e.Key), storedByCategory.OrderBy(s => s.Key));
        Assert.Equal(expectedResponses.OrderBy(e => e.Key), storedResponses.OrderBy(s => s.Key));
        Assert.Equal(expectedContacts.OrderBy(e => e.Key), storedContacts.OrderBy(s => s.Key));
        Assert.Equal(expectedClosures.OrderBy(e => e.Key), storedClosures.OrderBy(s => s.Key));
    }

    /// <summary>Written out afresh rather than calling the code under test: within, late, withdrawn, else awaiting.</summary>
    private static AnswerState ExpectedAnswer(int? workingDaysLate, DateOnly? withdrawnOn) =>
        workingDaysLate == 0 ? AnswerState.WithinTimescale : workingDaysLate > 0 ? AnswerState.OutsideTimescale
            : withdrawnOn is not null ? AnswerState.Withdrawn : AnswerState.AwaitingResponse;
}
