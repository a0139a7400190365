using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// A council whose complaints all closed in Q2 2026/27 (July to September), checked on Friday 20 November 2026: eight
/// Housing and two Planning (James Whitfield's areas), twelve Waste (Fiona Campbell's); and, never in Q2's samples, a
/// Housing complaint closed in October and another answered but still open.
/// </summary>
internal sealed class SpotCheckWorld : IAsyncDisposable
{
    public static readonly FinancialQuarter Q2 = new(2026, 2);
    public static readonly DateTimeOffset CheckedOn = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ClosedInQ2 = new(2026, 8, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ClosedInQ3 = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public TestDatabase Database { get; private set; } = null!;
    public Dictionary<string, CurrentStaff> Staff { get; private set; } = null!;
    public Dictionary<string, List<int>> ClosedInQ2ByArea { get; } = [];
    public int ClosedInOctober { get; private set; }
    public int StillOpen { get; private set; }
    public Dictionary<string, int> Areas { get; private set; } = null!;

    public CurrentStaff James => Staff["James Whitfield"];
    public CurrentStaff Fiona => Staff["Fiona Campbell"];

    public static async Task<SpotCheckWorld> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var world = new SpotCheckWorld();
        await world.SetUpAsync(provider);
        return world;
    }

    private async Task SetUpAsync(DatabaseProvider provider)
    {
        Database = await TestDatabase.CreateAsync(provider, ClosedInQ2);
        await Database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        Staff = await Database.StaffByNameAsync();
        await using (var db = await Database.Factory.CreateDbContextAsync()) Areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id);

        foreach (var (area, leader, count) in new[] { ("Housing", "Sarah Mitchell", 8), ("Planning", "Helen Price", 2), ("Waste & Recycling", "David Okafor", 12) })
        {
            ClosedInQ2ByArea[area] = [];
            for (var i = 0; i < count; i++) ClosedInQ2ByArea[area].Add(await ClosedAsync(area, leader, close: true));
        }

        StillOpen = await ClosedAsync("Housing", "Sarah Mitchell", close: false);
        Database.Clock.SetUtcNow(ClosedInQ3);
        ClosedInOctober = await ClosedAsync("Housing", "Sarah Mitchell", close: true);
        Database.Clock.SetUtcNow(CheckedOn);
    }

    private async Task<int> ClosedAsync(string area, string leader, bool close)
    {
        var logged = await Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = Areas[area],
            ReceivedDate = UkTime.Now(Database.Clock).Date,
            Description = $"A complaint about {area}.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, Staff["Mark Ellis"]);
        var id = logged.ComplaintId!.Value;
        await Database.ApplyAsync(id, new AcknowledgeCommand(null), Staff[leader]);
        await Database.ApplyAsync(id, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), Staff[leader]);
        if (close) await Database.ApplyAsync(id, new CloseCommand(), Staff[leader]);
        return id;
    }


    public static Dictionary<SpotCheckQuestion, SpotCheckAnswer> AllYes(params SpotCheckQuestion[] no) =>
        Enum.GetValues<SpotCheckQuestion>().ToDictionary(q => q, q => no.Contains(q) ? SpotCheckAnswer.No : SpotCheckAnswer.Yes);

    public Task<SpotCheckSampleView> SampleAsync(CurrentStaff? who = null, CurrentStaff? whose = null) =>
        Database.Get<SpotChecksQuery>().SampleAsync(Q2, (whose ?? who ?? James).StaffUserId, who ?? James);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public class SpotCheckSampling
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheSampleIsDrawnFromTheHeadOfServicesAreasClosedComplaintsOnlyAndIsTheSameEveryTime(DatabaseProvider provider)
    {
        await using var world = await SpotCheckWorld.CreateAsync(provider);

        var james = await world.SampleAsync();
        var again = await world.SampleAsync();
        var fiona = await world.SampleAsync(world.Fiona);

        // Five (the default minimum) of James's ten, all from Housing and Planning; none closed in October or still open.
        Assert.Equal((10, 5), (james.Closed, james.Rows.Count));
        Assert.Equal(["Housing", "Planning"], james.Areas);
        Assert.Subset(world.ClosedInQ2ByArea["Housing"].Concat(world.ClosedInQ2ByArea["Planning"]).ToHashSet(), james.Rows.Select(r => r.CaseId).ToHashSet());
        Assert.Equal(james.Rows.Select(r => r.CaseId), again.Rows.Select(r => r.CaseId));
        Assert.Equal((12, 5), (fiona.Closed, fiona.Rows.Count));
        Assert.Subset(world.ClosedInQ2ByArea["Waste & Recycling"].ToHashSet(), fiona.Rows.Select(r => r.CaseId).ToHashSet());
        Assert.DoesNotContain(james.Rows, r => r.CaseId == world.ClosedInOctober || r.CaseId == world.StillOpen);
        Assert.All(james.Rows, r => Assert.False(r.Checked));
    }

    [Fact]
    public async Task ALargerShareKeepsEveryCaseOfTheSmallerSampleAndAMinimumAboveTheClosedCountTakesThemAll()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var settings = world.Database.Get<ReportingSettingsService>();
        var five = (await world.SampleAsync()).Rows.Select(r => r.CaseId).ToList();

        await settings.SetSpotCheckSampleAsync(1, 80m, null, world.Staff["Mark Ellis"]);
        var eight = (await world.SampleAsync()).Rows.Select(r => r.CaseId).ToList();
        await settings.SetSpotCheckSampleAsync(20, 0m, (await settings.GetSpotCheckSampleAsync()).Version, world.Staff["Mark Ellis"]);
        var all = (await world.SampleAsync()).Rows.Select(r => r.CaseId).ToList();

        Assert.Equal(8, eight.Count);
        Assert.Subset(eight.ToHashSet(), five.ToHashSet());
        Assert.Equal(10, all.Count);
    }

    [Theory]
    [InlineData(0, 5, 5.0, 0)]
    [InlineData(3, 5, 5.0, 3)]
    [InlineData(10, 5, 5.0, 5)]
    [InlineData(200, 5, 5.0, 10)]
    [InlineData(201, 5, 5.0, 11)]
    [InlineData(40, 1, 12.5, 5)]
    public void TheSizeIsTheShareRoundedUpButNeverFewerThanTheMinimumNorMoreThanClosed(int closed, int minimum, double percent, int expected) =>
        Assert.Equal(expected, SpotCheckSample.SizeFor(closed, minimum, (decimal)percent));

    [Fact]
    public void DifferentQuartersDrawDifferentCasesFromTheSameList()
    {
        var ids = Enumerable.Range(1, 200).ToList();

        var q2 = SpotCheckSample.Draw(ids, new FinancialQuarter(2026, 2), 10);
        var q3 = SpotCheckSample.Draw(ids, new FinancialQuarter(2026, 3), 10);

        Assert.Equal(10, q2.Distinct().Count());
        Assert.NotEqual(q2.Order(), q3.Order());
        Assert.Equal(q2, SpotCheckSample.Draw(ids.AsEnumerable().Reverse(), new FinancialQuarter(2026, 2), 10));
    }

    [Fact]
    public async Task AQuarterStillRunningCannotBeCheckedAndOthersCannotReadAHeadOfServicesSample()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var query = world.Database.Get<SpotChecksQuery>();

        await Assert.ThrowsAsync<DomainException>(() => query.SampleAsync(new FinancialQuarter(2026, 3), world.James.StaffUserId, world.James));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.SampleAsync(world.Fiona, whose: world.James));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.SampleAsync(world.Staff["Sarah Mitchell"], whose: world.James));
        Assert.Equal(5, (await world.SampleAsync(world.Staff["Mark Ellis"], whose: world.James)).Rows.Count);
        Assert.Equal([new FinancialQuarter(2026, 2), new FinancialQuarter(2026, 1)], query.Quarters().Take(2));
    }
}

public class SpotCheckRecording
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ACheckThatFoundFailingsIsReportedAndRaisesAnImprovementActionFromItsCase(DatabaseProvider provider)
    {
        await using var world = await SpotCheckWorld.CreateAsync(provider);
        var first = (await world.SampleAsync()).Rows[0];
        var second = (await world.SampleAsync()).Rows[1];

        var id = await world.Database.Get<SpotChecks>().RecordAsync(new RecordSpotCheck(SpotCheckWorld.Q2, first.CaseId,
            SpotCheckWorld.AllYes(SpotCheckQuestion.CoversEveryPoint, SpotCheckQuestion.LearningCaptured), "The letter missed the second point; no lesson recorded."), world.James);
        await world.Database.Get<SpotChecks>().RecordAsync(new RecordSpotCheck(SpotCheckWorld.Q2, second.CaseId, SpotCheckWorld.AllYes(), null), world.James);
        var actionId = await world.Database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(
            new ImprovementActionTerms("Responses answer every point", "Team leaders check each response against the complaint's points before it goes.",
                world.Areas[first.Area], world.James.StaffUserId, new DateOnly(2027, 1, 29)), null, [], SpotCheckId: id), world.James);

        var completion = await world.Database.Get<SpotChecksQuery>().CompletionAsync(SpotCheckWorld.Q2, world.Staff["Mark Ellis"]);
        var james = completion.Rows.Single(r => r.Name == "James Whitfield");
        Assert.Equal((10, 5, 2, 3, 1, 1), (james.Closed, james.Sampled, james.Checked, james.Outstanding, james.FoundFailings, james.ActionsRaised));
        Assert.Equal((12, 5, 0), completion.Rows.Where(r => r.Name == "Fiona Campbell").Select(r => (r.Closed, r.Sampled, r.Checked)).Single());
        Assert.Equal([(SpotCheckQuestion.CoversEveryPoint, 1), (SpotCheckQuestion.LearningCaptured, 1)], completion.Failings.Where(f => f.No > 0).Select(f => (f.Question, f.No)));
        var action = await world.Database.Get<ImprovementActionsQuery>().GetAsync(actionId, world.James);
        Assert.Equal(ImprovementActionSource.SpotCheck, action.Source);
        Assert.Equal([first.Reference], action.Cases.Select(c => c.Reference));
        var view = await world.Database.Get<SpotChecksQuery>().CaseAsync(SpotCheckWorld.Q2, world.James.StaffUserId, first.CaseId, world.James);
        Assert.Equal((2, false), (view.Check!.NoAnswers, view.MayRecord));
        Assert.Equal([actionId], view.Actions.Select(a => a.Id));
        Assert.Equal(2, (await world.SampleAsync()).Rows.Count(r => r.Checked));
    }

    [Fact]
    public async Task ACheckedCaseThatIsReopenedLeavesTheSampleSoItsReplacementIsOutstandingButTheCheckStaysListed()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var first = (await world.SampleAsync()).Rows[0];
        await world.Database.Get<SpotChecks>().RecordAsync(new(SpotCheckWorld.Q2, first.CaseId, SpotCheckWorld.AllYes(SpotCheckQuestion.AnsweredInTime), "Late."), world.James);

        await world.Database.ApplyAsync(first.CaseId, new ReopenCommand("The resident says the repair was never done."), world.Staff["Sarah Mitchell"]);

        var sample = await world.SampleAsync();
        var completion = (await world.Database.Get<SpotChecksQuery>().CompletionAsync(SpotCheckWorld.Q2, world.James)).Rows.Single();
        Assert.Equal((9, 5, 0, 5, 1), (completion.Closed, completion.Sampled, completion.Checked, completion.Outstanding, completion.FoundFailings));
        var reopened = sample.Rows.Single(r => r.CaseId == first.CaseId);
        Assert.Equal((false, true, (DateOnly?)null), (reopened.InSample, reopened.Checked, reopened.ClosedOn));
        Assert.Equal(5, sample.Rows.Count(r => r.InSample && !r.Checked));
    }

    [Fact]
    public async Task ACaseIsCheckedOnceAndTheSecondSaveNamesWhoCheckedIt()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var caseId = (await world.SampleAsync()).Rows[0].CaseId;
        var record = new RecordSpotCheck(SpotCheckWorld.Q2, caseId, SpotCheckWorld.AllYes(), null);
        await world.Database.Get<SpotChecks>().RecordAsync(record, world.James);

        var again = await Assert.ThrowsAsync<ConcurrencyException>(() => world.Database.Get<SpotChecks>().RecordAsync(record, world.James));

        Assert.StartsWith("This case's spot check was recorded by James Whitfield at 10:00 on 20 November.", again.Message);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.SpotChecks.CountAsync());
    }

    [Fact]
    public async Task OnlyTheHeadOfServiceRecordsTheirOwnSampleAndOnlyCasesDrawnInIt()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var sample = await world.SampleAsync();
        var notDrawn = world.ClosedInQ2ByArea["Housing"].Concat(world.ClosedInQ2ByArea["Planning"]).First(id => sample.Rows.All(r => r.CaseId != id));
        var checks = world.Database.Get<SpotChecks>();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => checks.RecordAsync(new(SpotCheckWorld.Q2, sample.Rows[0].CaseId, SpotCheckWorld.AllYes(), null), world.Fiona));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => checks.RecordAsync(new(SpotCheckWorld.Q2, sample.Rows[0].CaseId, SpotCheckWorld.AllYes(), null), world.Staff["Mark Ellis"]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => checks.RecordAsync(new(SpotCheckWorld.Q2, notDrawn, SpotCheckWorld.AllYes(), null), world.James));
        await Assert.ThrowsAsync<DomainException>(() => checks.RecordAsync(new(new FinancialQuarter(2026, 3), world.ClosedInOctober, SpotCheckWorld.AllYes(), null), world.James));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.SpotChecks.CountAsync());
    }

    [Fact]
    public async Task AnUnansweredQuestionOrANoWithoutFindingsIsRefusedNextToItsField()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var caseId = (await world.SampleAsync()).Rows[0].CaseId;
        var checks = world.Database.Get<SpotChecks>();
        var partial = SpotCheckWorld.AllYes();
        partial.Remove(SpotCheckQuestion.SaysHowToEscalate);

        var unanswered = await Assert.ThrowsAsync<InputRefusedException>(() => checks.RecordAsync(new(SpotCheckWorld.Q2, caseId, partial, null), world.James));
        var noFindings = await Assert.ThrowsAsync<InputRefusedException>(() =>
            checks.RecordAsync(new(SpotCheckWorld.Q2, caseId, SpotCheckWorld.AllYes(SpotCheckQuestion.AnsweredInTime), "   "), world.James));

        Assert.Equal(SpotCheckFields.Answer(SpotCheckQuestion.SaysHowToEscalate), unanswered.Field);
        Assert.Equal(SpotCheckFields.Findings, noFindings.Field);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.SpotChecks.CountAsync());
    }

    [Fact]
    public async Task ARecordedCheckCannotBeChangedAfterwards()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var caseId = (await world.SampleAsync()).Rows[0].CaseId;
        var id = await world.Database.Get<SpotChecks>().RecordAsync(new(SpotCheckWorld.Q2, caseId, SpotCheckWorld.AllYes(), null), world.James);

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var check = await db.SpotChecks.SingleAsync(c => c.Id == id);
        db.Entry(check).Property(c => c.Findings).CurrentValue = "Rewritten later.";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AHeadOfServiceSeesTheirOwnCompletionAndTheComplaintsTeamSeesEveryHeadOfServices()
    {
        await using var world = await SpotCheckWorld.CreateAsync();
        var query = world.Database.Get<SpotChecksQuery>();

        var own = await query.CompletionAsync(SpotCheckWorld.Q2, world.James);
        var all = await query.CompletionAsync(SpotCheckWorld.Q2, world.Staff["Mark Ellis"]);

        Assert.Equal(["James Whitfield"], own.Rows.Select(r => r.Name));
        Assert.Equal(["Fiona Campbell", "James Whitfield"], all.Rows.Select(r => r.Name));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => query.CompletionAsync(SpotCheckWorld.Q2, world.Staff["Sarah Mitchell"]));
    }
}
