using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Import;

/// <summary>
/// A large file is written in batches inside one transaction, so that memory stays flat; these cross several batches
/// (100 cases each here, 1,000 in the application) to show the batches change nothing a user can see.
/// </summary>
public class CaseImportInBatches
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task CasesWrittenInBatchesAreAllThereEachWithItsOwnReferenceAndCounted(DatabaseProvider provider)
    {
        var (database, admin) = await CaseImport.SetUpAsync(provider);
        await using var _ = database;
        var list = OldList.Generate(500, broken: false);

        var result = await Importer(database).ImportAsync(Csv(list), OldList.Mapping, admin);

        Assert.Equal(500, result.Imported);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(500, await db.Complaints.Select(c => c.Reference).Distinct().CountAsync());
        Assert.Equal(500, await db.TimelineEvents.CountAsync(e => e.Type == TimelineEventType.Imported));
        Assert.Equal(await db.Complaints.CountAsync(), await db.ReferenceCounters.SumAsync(c => c.LastNumber));
        var lastQuarter = new KpiFilter(ReportPeriod.QuarterContaining(TestToday.Date.AddMonths(-3)));
        var kept = await database.Get<KpiQuery>().GetAsync(lastQuarter, admin);
        await ReportingCounter.RecountAsync(db);
        var recounted = await database.Get<KpiQuery>().GetAsync(lastQuarter, admin);
        // PostgreSQL returns grouped rows in no particular order: the figures are compared, not their order.
        Assert.Equal(recounted.Received.OrderBy(r => r.ToString(), StringComparer.Ordinal), kept.Received.OrderBy(r => r.ToString(), StringComparer.Ordinal));
        Assert.Equal(recounted.Responses.OrderBy(r => r.ToString(), StringComparer.Ordinal), kept.Responses.OrderBy(r => r.ToString(), StringComparer.Ordinal));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ARowRefusedAfterSeveralBatchesWereWrittenLeavesNothingImportedOrCounted(DatabaseProvider provider)
    {
        var (database, admin) = await CaseImport.SetUpAsync(provider);
        await using var _ = database;
        var list = OldList.Generate(500, broken: false);
        // Row 453 (index 451) is a housing case, and the Housing Ombudsman's code allows no informal resolution.
        var rows = list.Entries.Select((e, i) => i == 451 ? e with { Outcome = "Resolved informally" } : e).ToList();
        Assert.Equal("Council Housing", rows[451].Department);
        var table = new ImportTable("complaints.csv", OldList.Headings, rows.Select((e, i) => new ImportRow(i + 2, e.Cells)).ToList());

        var result = await Importer(database).ImportAsync(table, OldList.Mapping, admin);

        Assert.Equal([453], result.Problems.Select(p => p.Row));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal((0, 0, 0, 0), (await db.Complaints.CountAsync(), await db.TimelineEvents.CountAsync(e => e.ComplaintId != null),
            await db.ReferenceCounters.CountAsync(), await db.StageMonthlyCounts.CountAsync()));
    }

    [Fact]
    public async Task AnImportCancelledAfterSomeBatchesLeavesNothingImported()
    {
        var (database, admin) = await CaseImport.SetUpAsync();
        await using var _ = database;
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(done => { if (done == 250) cancel.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Importer(database).ImportAsync(Csv(OldList.Generate(500, broken: false)), OldList.Mapping, admin, progress, cancel.Token));

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal((0, 0), (await db.Complaints.CountAsync(), await db.StageMonthlyCounts.CountAsync()));
    }

    private static CaseImporter Importer(TestDatabase database) =>
        new(database.Factory, database.Get<CalendarService>(), database.Clock) { SaveEvery = 100 };

    private static ImportTable Csv(OldList list) => CsvFileReader.Read(new MemoryStream(list.ToCsv()), "complaints.csv");
}
