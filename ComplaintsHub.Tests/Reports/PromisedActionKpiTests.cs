using ClosedXML.Excel;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Reports;

public class PromisedActionKpis
{
    private static readonly ReportPeriod Q3 = ReportPeriod.ForQuarter(2026, 3);

    /// <summary>
    /// The Waste case answered on Friday 20 November 2026 promising four things, seen on Tuesday 1 December: one done on
    /// its date (23 Nov), one done two days after its date (due 24, done 26 Nov), one still open a day past its date
    /// (30 Nov) and one not yet due (4 Dec).
    /// </summary>
    private static async Task<CaseWorld> FourPromisesAsync(DatabaseProvider provider)
    {
        var world = await CaseWorld.CreateAsync(provider);
        var leader = world.Staff["David Okafor"];
        var tom = world.Staff["Tom Bennett"].StaffUserId;
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld),
        [
            new PromisedActionTerms("Check the list", new DateOnly(2026, 11, 23), tom),
            new PromisedActionTerms("Brief the crew", new DateOnly(2026, 11, 24), tom),
            new PromisedActionTerms("Write with the new round", new DateOnly(2026, 11, 30), tom),
            new PromisedActionTerms("Review the round", new DateOnly(2026, 12, 4), tom),
        ]), leader);
        var ids = (await world.OpenAsync("David Okafor")).PromisedActions.ToDictionary(a => a.What, a => a.Id);

        world.Database.Clock.Advance(TimeSpan.FromDays(3));
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new CompletePromisedActionCommand(ids["Check the list"], "Checked."), leader);
        world.Database.Clock.Advance(TimeSpan.FromDays(3));
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new CompletePromisedActionCommand(ids["Brief the crew"], "Briefed."), leader);
        world.Database.Clock.Advance(TimeSpan.FromDays(5));
        return world;
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ActionsDueInThePeriodAreCountedDoneOnTimeDoneLateOrStillOpenAndOverdue(DatabaseProvider provider)
    {
        await using var world = await FourPromisesAsync(provider);
        var kpis = world.Database.Get<KpiQuery>();

        var report = await kpis.GetAsync(new KpiFilter(Q3), world.Staff["Mark Ellis"]);
        var housing = await kpis.GetAsync(new KpiFilter(Q3, report.SelectableServiceAreas.Single(a => a.Value == "Housing").Key), world.Staff["Mark Ellis"]);
        var nextQuarter = await kpis.GetAsync(new KpiFilter(ReportPeriod.ForQuarter(2026, 4)), world.Staff["Mark Ellis"]);

        var p = report.PromisedActions;
        Assert.Equal((4, 1, 1, 2, 1), (p.Due, p.CompletedOnTime, p.CompletedLate, p.StillOpen, p.OpenOverdue));
        Assert.Equal(0.25, p.ShareOnTime!.Value, 6);
        Assert.Equal((0, 0), (housing.PromisedActions.Due, nextQuarter.PromisedActions.Due));
    }

    [Fact]
    public async Task TheWorkbookCountsALateActionAsLate()
    {
        await using var world = await FourPromisesAsync(DatabaseProvider.Sqlite);
        var report = await world.Database.Get<KpiQuery>().GetAsync(new KpiFilter(Q3), world.Staff["Mark Ellis"]);
        var stream = new MemoryStream();

        await KpiWorkbook.WriteAsync(stream, report, KpiTables.Build(report), new WorkbookCover("Ashbury District Council", "Mark Ellis", new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc)), null);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet("Promised actions");
        double Value(string measure) => sheet.RowsUsed().Single(r => r.Cell(1).GetString() == measure).Cell(2).GetDouble();
        Assert.Equal((4, 1, 1, 2), (Value("Promised actions due in the period"), Value("Completed on time"), Value("Completed late"), Value("Still open")));
        Assert.Equal(1, Value("Still open and overdue on 1 December 2026 (today)"));
    }

    [Fact]
    public async Task ACouncillorSeesTheSmallCountsAsLessThanFive()
    {
        await using var world = await FourPromisesAsync(DatabaseProvider.Sqlite);
        var report = await world.Database.Get<KpiQuery>().GetAsync(new KpiFilter(Q3), world.Staff["Cllr Janet Hughes"]);

        var table = KpiTables.Build(report).Single(t => t.Key == KpiTables.PromisedActions);

        Assert.All(table.Rows, r => Assert.Null(r.Cells[0].Value));
        Assert.Equal(KpiCell.SuppressedText, table.Rows.Single(r => r.Labels[0] == "Completed late").Cells[0].Text);
    }
}
