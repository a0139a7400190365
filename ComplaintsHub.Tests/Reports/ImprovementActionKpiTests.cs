using ClosedXML.Excel;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Reports;

public class ImprovementActionKpis
{
    private static readonly ReportPeriod Q3 = ReportPeriod.ForQuarter(2026, 3);

    /// <summary>
    /// Four Waste actions raised on Friday 20 November 2026 and seen on Tuesday 1 December: one done on 23 November, one
    /// dropped on 26 November, one open and overdue since 27 November, and one open and due on 4 December.
    /// </summary>
    private static async Task<(CaseWorld World, int Waste)> FourActionsAsync(DatabaseProvider provider)
    {
        var world = await CaseWorld.CreateAsync(provider);
        var (waste, _, _) = await ImprovementActionRaising.AreasAndCasesAsync(world);
        var ids = new Dictionary<string, int>();
        foreach (var (name, due) in new[] { ("done", new DateOnly(2026, 12, 1)), ("dropped", new DateOnly(2027, 1, 15)), ("overdue", new DateOnly(2026, 11, 27)), ("due", new DateOnly(2026, 12, 4)) })
        {
            ids[name] = await Actions(world).RaiseAsync(new RaiseImprovementAction(ImprovementActionRaising.Terms(world, waste, due: due) with { Theme = name }, world.CaseId, []),
                world.Staff["David Okafor"]);
        }

        world.Database.Clock.Advance(TimeSpan.FromDays(3));
        await ChangeAsync(world, ids["done"], new CompleteImprovementAction("Done."));
        world.Database.Clock.Advance(TimeSpan.FromDays(3));
        await ChangeAsync(world, ids["dropped"], new DropImprovementAction("Covered by the new round."));
        world.Database.Clock.Advance(TimeSpan.FromDays(5));
        return (world, waste);
    }

    private static ImprovementActions Actions(CaseWorld world) => world.Database.Get<ImprovementActions>();

    private static async Task ChangeAsync(CaseWorld world, int id, ImprovementActionCommand command)
    {
        var version = (await world.Database.Get<ImprovementActionsQuery>().GetAsync(id, world.Staff["Mark Ellis"])).Version;
        await Actions(world).ApplyAsync(id, version, command, world.Staff["Mark Ellis"]);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task RaisedDoneDroppedAndOpenAreCountedForTheAreaAndPeriod(DatabaseProvider provider)
    {
        var (world, waste) = await FourActionsAsync(provider);
        await using var _ = world;
        var kpis = world.Database.Get<KpiQuery>();
        var admin = world.Staff["Mark Ellis"];
        var housing = (await kpis.GetAsync(new KpiFilter(Q3), admin)).SelectableServiceAreas.Single(a => a.Value == "Housing").Key;

        var all = (await kpis.GetAsync(new KpiFilter(Q3), admin)).ImprovementActions!;
        var wasteOnly = (await kpis.GetAsync(new KpiFilter(Q3, waste), admin)).ImprovementActions!;
        var housingOnly = (await kpis.GetAsync(new KpiFilter(Q3, housing), admin)).ImprovementActions!;
        var earlier = (await kpis.GetAsync(new KpiFilter(ReportPeriod.ForQuarter(2026, 2)), admin)).ImprovementActions!;

        Assert.Equal((4, 1, 1, 2, 1), (all.RaisedInPeriod, all.DoneInPeriod, all.DroppedInPeriod, all.OpenAtEnd, all.OpenOverdue));
        Assert.Equal(all, wasteOnly);
        Assert.Equal(ImprovementActionFigures.None, housingOnly);
        Assert.Equal(ImprovementActionFigures.None, earlier);
    }

    [Fact]
    public async Task AnActionDoneAfterTheQuarterEndedWasOpenAndOverdueAtItsEnd()
    {
        var (world, _) = await FourActionsAsync(DatabaseProvider.Sqlite);
        await using var _ = world;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var overdue = await db.ImprovementActions.Where(a => a.Theme == "overdue").Select(a => a.Id).SingleAsync();
            world.Database.Clock.Advance(TimeSpan.FromDays(40)); // Sunday 10 January 2027
            await ChangeAsync(world, overdue, new CompleteImprovementAction("Done at last."));
        }

        var kpis = world.Database.Get<KpiQuery>();
        var q3 = (await kpis.GetAsync(new KpiFilter(Q3), world.Staff["Mark Ellis"])).ImprovementActions!;
        var q4 = (await kpis.GetAsync(new KpiFilter(ReportPeriod.ForQuarter(2026, 4)), world.Staff["Mark Ellis"])).ImprovementActions!;

        // At 31 December both "overdue" (due 27 November) and "due" (due 4 December) were open and overdue.
        Assert.Equal((4, 1, 1, 2, 2), (q3.RaisedInPeriod, q3.DoneInPeriod, q3.DroppedInPeriod, q3.OpenAtEnd, q3.OpenOverdue));
        Assert.Equal((0, 1, 0, 1, 1), (q4.RaisedInPeriod, q4.DoneInPeriod, q4.DroppedInPeriod, q4.OpenAtEnd, q4.OpenOverdue));
    }

    [Fact]
    public async Task ForOneProcedureTheyAreNotReportedBecauseTheyBelongToAnArea()
    {
        var (world, _) = await FourActionsAsync(DatabaseProvider.Sqlite);
        await using var _ = world;
        var kpis = world.Database.Get<KpiQuery>();
        var procedure = (await kpis.GetAsync(new KpiFilter(Q3), world.Staff["Mark Ellis"])).Procedures.First().Key;

        var report = await kpis.GetAsync(new KpiFilter(Q3, ProcedureId: procedure), world.Staff["Mark Ellis"]);

        Assert.Null(report.ImprovementActions);
        Assert.DoesNotContain(KpiTables.Build(report), t => t.Key == KpiTables.ImprovementActions);
    }

    [Fact]
    public async Task TheWorkbookHasTheDashboardsFiguresAndACouncillorSeesSmallCountsWithheld()
    {
        var (world, _) = await FourActionsAsync(DatabaseProvider.Sqlite);
        await using var _ = world;
        var kpis = world.Database.Get<KpiQuery>();
        var report = await kpis.GetAsync(new KpiFilter(Q3), world.Staff["Mark Ellis"]);
        var stream = new MemoryStream();

        await KpiWorkbook.WriteAsync(stream, report, KpiTables.Build(report), new WorkbookCover("Ashbury District Council", "Mark Ellis", new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc)), null);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet("Improvement actions");
        double Value(string measure) => sheet.RowsUsed().Single(r => r.Cell(1).GetString() == measure).Cell(2).GetDouble();
        Assert.Equal((4, 1, 1, 2, 1), (Value("Raised in the period"), Value("Done in the period"), Value("Dropped in the period"),
            Value("Open on 1 December 2026 (today)"), Value("Open and overdue on 1 December 2026 (today)")));

        var councillor = KpiTables.Build(await kpis.GetAsync(new KpiFilter(Q3), world.Staff["Cllr Janet Hughes"])).Single(t => t.Key == KpiTables.ImprovementActions);
        Assert.All(councillor.Rows, r => Assert.Null(r.Cells[0].Value));
    }
}
