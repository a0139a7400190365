using ClosedXML.Excel;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplaintsHub.Tests.Records;

/// <summary>The nightly retention run, its preview, legal holds and erasure on request, over <see cref="RetentionWorld"/>.</summary>
public class Retention
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheRunLeavesNoTraceOfAPersonWhoseCasesHaveAllPassedRetention(DatabaseProvider provider)
    {
        await using var world = await RetentionWorld.CreateAsync(provider);
        var p = RetentionWorld.Aurelia;
        foreach (var trace in new[] { p.Last, p.Email, "900461", p.Postcode, RetentionWorld.NoteWord })
        {
            Assert.NotEqual(0, await OccurrencesAsync(world, trace));
        }

        // Someone downloaded her document: the access log names the file until the run.
        await using (var before = await world.Database.Factory.CreateDbContextAsync())
        {
            var document = await before.CaseDocuments.Where(d => d.ComplaintId == world.AureliaCases[0]).Select(d => d.Id).SingleAsync();
            await (await world.Database.Get<Core.Queries.CaseDocuments>().OpenAsync(document, world.Staff["Sarah Mitchell"]))!.Content.DisposeAsync();
        }

        var run = await world.Database.Get<RetentionRun>().RunAsync();

        Assert.Equal((AnonymisationKind.Retention, 1, 3, 1), (run!.Kind, run.People, run.Cases, run.HeldCases));
        foreach (var trace in new[] { p.First, p.Last, p.Email, "900461", p.Postcode, RetentionWorld.NoteWord, "Mill Lane", "quennell", RetentionWorld.MpEmail, "constituent" })
        {
            Assert.Equal((trace, 0), (trace, await OccurrencesAsync(world, trace)));
        }

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var documents = await db.CaseDocuments.Where(d => world.AureliaCases.Contains(d.ComplaintId)).Select(d => d.Id).ToListAsync();
        Assert.Equal((1, 0), (documents.Count, await db.CaseDocumentChunks.CountAsync(c => documents.Contains(c.DocumentId))));
        var letters = await db.IssuedLetters.Where(l => world.AureliaCases.Contains(l.ComplaintId)).Select(l => new { l.Content, l.PdfContent }).ToListAsync();
        Assert.Equal((1, 0), (letters.Count, letters.Count(l => l.Content.Length > 0 || l.PdfContent != null)));
        var search = CaseSearchIndex.DialectOf(db);
        Assert.Empty(await search.Matching(db, SearchTerms.Parse(p.Last)).ToListAsync());
        Assert.Empty(await search.ContactContaining(db, "900461").ToListAsync());
        // The people the run had to keep are still found: the checks above can find a trace when one is there.
        Assert.Equal(2, (await search.Matching(db, SearchTerms.Parse(RetentionWorld.Bartholomew.Last)).ToListAsync()).Count);
        Assert.NotEqual(0, await OccurrencesAsync(world, RetentionWorld.Cordelia.Email));
        Assert.NotEqual(0, await OccurrencesAsync(world, RetentionWorld.Bartholomew.Postcode));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EveryFigureOfThePastYearIsTheSameAfterTheRun(DatabaseProvider provider)
    {
        await using var world = await RetentionWorld.CreateAsync(provider);

        var before = await WorkbookAsync(world);
        await world.Database.Get<RetentionRun>().RunAsync();
        var after = await WorkbookAsync(world);

        Assert.True(before.Count > 100, $"The 2018/19 workbook should hold the year's figures and case rows; it has {before.Count} cells.");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ALegalHoldKeepsTheFileUntilItIsLiftedAndTheNextRunTakesIt()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var runs = world.Database.Get<RetentionRun>();

        await runs.RunAsync();
        Assert.Null(await runs.RunAsync());
        Assert.NotNull(await AnonymisedAtAsync(world, world.AureliaId));
        Assert.Null(await AnonymisedAtAsync(world, world.CordeliaId));
        Assert.Null(await AnonymisedAtAsync(world, world.BartholomewId));

        await world.Database.ApplyAsync(world.CordeliaCase, new LiftLegalHoldCommand("The insurers settled the claim."), world.Admin);
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        var next = await runs.RunAsync();

        Assert.Equal((1, 1, 0), (next!.People, next.Cases, next.HeldCases));
        Assert.NotNull(await AnonymisedAtAsync(world, world.CordeliaId));
        Assert.Equal(0, await OccurrencesAsync(world, RetentionWorld.Cordelia.Email));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.AnonymisationRuns.CountAsync()); // one a day: the second ask on the first day was not a run
    }

    [Fact]
    public async Task AnEmailStillWaitingInTheInboxIsNewBusinessAndIsKept()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var waiting = await world.ReceiveEmailAsync(RetentionWorld.Aurelia.Email, "Aurelia Quennell", "A new complaint", "My fence has fallen down.", null);

        await world.Database.Get<RetentionRun>().RunAsync();

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var emails = await db.InboxItems.OrderBy(i => i.Id).Select(i => new { i.Id, i.FromAddress, i.Subject }).ToListAsync();
        Assert.Equal(RetentionWorld.Aurelia.Email, emails.Single(e => e.Id == waiting).FromAddress);
        Assert.Equal(1, emails.Count(e => e.FromAddress == RetentionWorld.Aurelia.Email));
    }

    [Fact]
    public async Task AHoldPlacedAfterTheRunWasPlannedStillKeepsTheFile()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var now = RetentionWorld.Today.UtcDateTime;
        RetentionPlan plan;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            plan = await RetentionPlanner.PlanAsync(db, await RetentionPlanner.RetentionYearsAsync(db, CancellationToken.None), now, CancellationToken.None);
        }

        await world.Database.ApplyAsync(world.AureliaCases[1], new PlaceLegalHoldCommand("A claim about the bin lorry."), world.Admin);
        var (people, cases) = await Anonymiser.AnonymiseAsync(world.Database.Factory, world.Database.Get<Core.Documents.IDocumentContentStore>(), plan,
            Actor.System, now, _ => "Anonymised.", c => !c.IsHeld && !c.Status.IsOpen(), null, purgeIndex: false, CancellationToken.None);

        Assert.Equal((0, 1), (people, cases)); // only the case with no complainant
        Assert.Null(await AnonymisedAtAsync(world, world.AureliaId));
        Assert.NotEqual(0, await OccurrencesAsync(world, RetentionWorld.Aurelia.Email));
    }

    [Fact]
    public async Task NothingRunsBeforeTwoInTheMorning()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        world.Database.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 21, 1, 30, 0, TimeSpan.Zero));

        Assert.Null(await world.Database.Get<RetentionRun>().RunAsync());
        Assert.Null(await AnonymisedAtAsync(world, world.AureliaId));
    }

    [Fact]
    public async Task ThePreviewListsWhatTheNextRunWillTakeAndWhatIsHeld()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var records = world.Database.Get<RecordsQuery>();

        var preview = await records.PreviewAsync(world.Admin);

        var person = Assert.Single(preview.People);
        Assert.Equal(("Aurelia Quennell", 2, 3, 1, 1), (person.Name, person.References.Count, preview.CaseCount, preview.LoneCaseCount, preview.HeldCount));
        Assert.Equal(world.CordeliaCase, preview.Held.Single().Id);
        Assert.Equal(new DateOnly(2024, 5, 1), preview.Held.Single().RetainedUntil);

        await world.Database.Get<RetentionRun>().RunAsync();
        var afterwards = await records.PreviewAsync(world.Admin);
        Assert.Equal((0, 0, 1), (afterwards.PeopleCount, afterwards.LoneCaseCount, afterwards.HeldCount));
        var log = Assert.Single(await records.RunsAsync(world.Admin));
        Assert.Equal((1, 3, 1), (log.People, log.Cases, log.HeldCases));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => records.PreviewAsync(world.Staff["Sarah Mitchell"]));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ACaseAnsweredOverAYearAgoAndNeverClosedIsListedForClosingUntilItIsClosed(DatabaseProvider provider)
    {
        await using var world = await RetentionWorld.CreateAsync(provider);
        var person = RetentionWorld.Person(("Dorian", "Ashcombe", "d.ashcombe@example.org", "07700 900464", "AS4 7TA"));
        var overAYear = await world.AnsweredAsync("Housing", "Sarah Mitchell", person);
        await world.AnsweredOnAsync(overAYear, new DateOnly(2025, 11, 19));
        var twelveMonthsToTheDay = await world.AnsweredAsync("Housing", "Sarah Mitchell", person);
        await world.AnsweredOnAsync(twelveMonthsToTheDay, new DateOnly(2025, 11, 20));
        var closed = await world.AnsweredAsync("Housing", "Sarah Mitchell", person);
        await world.Database.ApplyAsync(closed, new CloseCommand(), world.Staff["Sarah Mitchell"]);
        await world.AnsweredOnAsync(closed, new DateOnly(2024, 6, 3));
        var records = world.Database.Get<RecordsQuery>();

        var preview = await records.PreviewAsync(world.Admin);

        var listed = Assert.Single(preview.Unclosed);
        Assert.Equal((1, overAYear, new DateOnly(2025, 11, 19)), (preview.UnclosedCount, listed.Id, listed.RespondedOn));
        await world.Database.ApplyAsync(overAYear, new CloseCommand(), world.Staff["Sarah Mitchell"]);
        Assert.Equal(0, (await records.PreviewAsync(world.Admin)).UnclosedCount);
    }

    [Fact]
    public async Task ALongerRetentionPeriodKeepsTheProceduresFiles()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            await db.Procedures.ExecuteUpdateAsync(s => s.SetProperty(p => p.RetentionYears, 10));
        }

        var preview = await world.Database.Get<RecordsQuery>().PreviewAsync(world.Admin);

        Assert.Equal((0, 0, 0), (preview.PeopleCount, preview.LoneCaseCount, preview.HeldCount));
    }

    [Fact]
    public async Task AnAnonymisedCaseCannotChange()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        await world.Database.Get<RetentionRun>().RunAsync();

        var refusal = await Assert.ThrowsAsync<DomainException>(() => world.Database.ApplyAsync(world.AureliaCases[0], new AddNoteCommand("More news."), world.Admin));

        Assert.Contains("anonymised", refusal.Message);
    }

    [Fact]
    public async Task ErasureAnonymisesOnePersonNowAndLogsTheReason()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var erasures = world.Database.Get<Erasures>();

        var run = await erasures.EraseAsync(new ErasureRequest(world.AureliaId, "Article 17 request of 3 January 2019; no claim possible."), world.Admin);

        Assert.Equal((AnonymisationKind.Erasure, "Mark Ellis", 1, 2), (run.Kind, run.ByName, run.People, run.Cases));
        Assert.Equal(0, await OccurrencesAsync(world, RetentionWorld.Aurelia.Email));
        Assert.NotEqual(0, await OccurrencesAsync(world, RetentionWorld.Cordelia.Email));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal("Article 17 request of 3 January 2019; no claim possible.", (await db.AnonymisationRuns.SingleAsync()).Reason);
    }

    [Fact]
    public async Task ErasureIsRefusedForAnOpenOrHeldCaseWithoutAReasonOrByAnyoneButTheComplaintsTeam()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var erasures = world.Database.Get<Erasures>();

        var open = await Assert.ThrowsAsync<DomainException>(() => erasures.EraseAsync(new ErasureRequest(world.BartholomewId, "Asked by phone."), world.Admin));
        var held = await Assert.ThrowsAsync<DomainException>(() => erasures.EraseAsync(new ErasureRequest(world.CordeliaId, "Asked by phone."), world.Admin));
        var noReason = await Assert.ThrowsAsync<InputRefusedException>(() => erasures.EraseAsync(new ErasureRequest(world.AureliaId, "  "), world.Admin));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => erasures.EraseAsync(new ErasureRequest(world.AureliaId, "Asked by phone."), world.Staff["Sarah Mitchell"]));

        Assert.Contains("still open", open.Message);
        Assert.Contains("legal hold", held.Message);
        Assert.Equal(Erasures.ReasonField, noReason.Field);
        Assert.NotEqual(0, await OccurrencesAsync(world, RetentionWorld.Aurelia.Email));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.AnonymisationRuns.CountAsync());
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamPlacesALegalHoldAndItIsOnTheTimeline()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Database.ApplyAsync(world.BartholomewOldCase, new PlaceLegalHoldCommand("A claim."), world.Staff["Sarah Mitchell"]));
        var twice = await Assert.ThrowsAsync<DomainException>(() => world.Database.ApplyAsync(world.CordeliaCase, new PlaceLegalHoldCommand("Another claim."), world.Admin));

        Assert.Contains("already held", twice.Message);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.TimelineEvents.CountAsync(t => t.ComplaintId == world.CordeliaCase && t.Type == TimelineEventType.LegalHoldPlaced));
    }

    /// <summary>How many stored values hold <paramref name="value"/>: every text column of every table the model maps, and every file's bytes.</summary>
    internal static async Task<int> OccurrencesAsync(RetentionWorld world, string value)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        var count = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is not { } column) continue;
                var quotedTable = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
                // The table and column names come from the model, not from input.
                if (property.ClrType == typeof(string))
                {
                    var countSql = $"SELECT COUNT(*) AS \"Value\" FROM {quotedTable} WHERE \"{column}\" LIKE {{0}}";
                    count += (int)await db.Database.SqlQueryRaw<long>(countSql, $"%{value}%").SingleAsync();
                }
                else if (property.ClrType == typeof(byte[]))
                {
                    var filesSql = $"SELECT \"{column}\" AS \"Value\" FROM {quotedTable} WHERE \"{column}\" IS NOT NULL";
                    var files = await db.Database.SqlQueryRaw<byte[]>(filesSql).ToListAsync();
                    count += files.Count(f => f.AsSpan().IndexOf(bytes) >= 0);
                }
            }
        }

        return count;
    }

    private static async Task<DateTime?> AnonymisedAtAsync(RetentionWorld world, int complainantId)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return await db.Complainants.Where(c => c.Id == complainantId).Select(c => c.AnonymisedAt).SingleAsync();
    }

    /// <summary>Every cell of the 2018/19 staff workbook, figures and case rows, sheet by sheet.</summary>
    private static async Task<List<string>> WorkbookAsync(RetentionWorld world)
    {
        var kpis = world.Database.Get<KpiQuery>();
        var filter = new KpiFilter(ReportPeriod.ForYear(2018));
        var report = await kpis.GetAsync(filter, world.Admin);
        var stream = new MemoryStream();
        await KpiWorkbook.WriteAsync(stream, report, KpiTables.Build(report), new WorkbookCover("Ashbury District Council", "Mark Ellis", RetentionWorld.Today.UtcDateTime),
            world.Database.Get<KpiCaseRowsQuery>().ListAsync(filter, world.Admin));
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        return workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed().Select(c => $"{sheet.Name}!{c.Address}={c.GetFormattedString()}")).ToList();
    }
}
