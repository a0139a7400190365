using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Reports;

/// <summary>Each reporting figure (docs/kpi-definitions.md) against <see cref="KpiWorld"/>'s hand-worked answers.</summary>
public class KpiDefinitions
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task StagesReceivedCountEveryStageOpenedInTheQuarterByMonthIncludingAConvertedServiceRequest(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        // Stage 1: A B C D E H I K L (F is 1 Oct, G is 31 Mar); Stage 2: C.
        Assert.Equal((9, 1, 10), (report.Stage(1).Received, report.Stage(2).Received, report.ReceivedTotal));
        var byMonth = report.Received.GroupBy(r => r.Month.Month).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        Assert.Equal(new Dictionary<int, int> { [7] = 5, [8] = 2, [9] = 3 }, byMonth);
        Assert.Equal(1, report.Received.Where(r => r.ServiceAreaId == world.Areas["Housing"]).Sum(r => r.Count));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task WithinTimescaleCountsAgainstTheExtendedDueDateAndSkipsBankHolidays(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        var stage1 = report.Stage(1);
        // Responses in Q2: A (within, 10 days), B (within after extension, 14), C (3 late, 13), K (11 late, 21, answered twice after reopening), L (within, 5).
        Assert.Equal((5, 3, 2), (stage1.Responded, stage1.WithinTimescale, stage1.Late));
        Assert.Equal(0.6, stage1.ShareWithinTimescale);
        Assert.Equal(12.6, stage1.AverageWorkingDaysToRespond!.Value, 3);
        var stage2 = report.Stage(2);
        Assert.Equal((1, 0, 22), (stage2.Responded, stage2.WithinTimescale, stage2.TotalWorkingDays));
        Assert.Equal(0.5, report.ShareWithinTimescale);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task LateResponsesReportHowManyWorkingDaysLate(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        Assert.Equal((14, 11, 7.0), (report.Stage(1).TotalWorkingDaysLate, report.Stage(1).MaxWorkingDaysLate, report.Stage(1).AverageWorkingDaysLate!.Value));
        // Stage 2 was due 28 Aug and sent 2 Sep: 1 and 2 Sep count, the 31 Aug bank holiday does not.
        Assert.Equal(2, report.Stage(2).MaxWorkingDaysLate);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EscalationRateIsStage2ReceivedOverStage1Responses(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        Assert.Equal(0.2, report.EscalationRate);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task OutcomesCountResponsesByStageAndWithdrawals(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        int Count(int stage, Outcome outcome) => report.Responses.Where(r => r.Stage == stage && r.Outcome == outcome).Sum(r => r.Count);
        Assert.Equal((1, 1, 3), (Count(1, Outcome.Upheld), Count(1, Outcome.PartlyUpheld), Count(1, Outcome.NotUpheld)));
        Assert.Equal(1, Count(2, Outcome.NotUpheld));
        Assert.Equal(new Dictionary<int, int> { [1] = 1 }, report.WithdrawnByStage);
        var table = KpiTables.Build(report).Single(t => t.Key == KpiTables.Outcomes);
        Assert.Equal(["1", "0", "1"], table.Rows.Single(r => r.Labels[0] == "Withdrawn").Cells.Select(c => c.Text));
        Assert.Equal(["6", "1", "7"], table.Rows[^1].Cells.Select(c => c.Text));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ReceivedByTimescaleShowsHowEachStageOpenedInTheQuarterStandsNow(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        var byState = report.Received.GroupBy(r => r.Answer).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        // Within A B L; late C1 C2 H K; awaiting E I; withdrawn D.
        Assert.Equal(3, byState[AnswerState.WithinTimescale]);
        Assert.Equal(4, byState[AnswerState.OutsideTimescale]);
        Assert.Equal(2, byState[AnswerState.AwaitingResponse]);
        Assert.Equal(1, byState[AnswerState.Withdrawn]);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task CategoriesCountStagesWithUnrecordedOnesShownSeparately(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        var table = KpiTables.Build(report).Single(t => t.Key == KpiTables.Categories);
        string Total(string category) => table.Rows.Single(r => r.Labels[0] == category).Cells[^1].Text;
        Assert.Equal(("3", "2", "1", "2"), (Total("Delay"), Total("Staff conduct"), Total("Communication"), Total("No category recorded")));
        Assert.Equal("10", table.Rows[^1].Cells[^1].Text);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task OpenAndOverdueAreTakenAtThePeriodEndForAPastQuarterAndTodayForTheCurrentOne(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var q2 = await world.ReportAsync(KpiWorld.Q2);
        var q3 = await world.ReportAsync(KpiWorld.Q3);

        // 30 Sep: E (not yet due), H (response overdue), I (acknowledgement overdue); D was withdrawn. H and I are allocated.
        Assert.Equal((new DateOnly(2026, 9, 30), 3, 2, 2), (q2.AsAt, q2.OpenAtEnd, q2.OverdueAtEnd, q2.OpenWithAllocatedOfficer));
        // Today, 20 Nov: E, F and I are open and all overdue; H was answered on 1 Oct.
        Assert.Equal((new DateOnly(2026, 11, 20), 3, 3), (q3.AsAt, q3.OpenAtEnd, q3.OverdueAtEnd));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ClosedComplaintsWithAnOutcomeAreCountedByTheirCurrentClosure(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        // A, B, D (withdrawn), K (closed again 6 Aug after reopening), L; C closed on 2 Oct when the remedy was complied with.
        Assert.Equal((5, 5), (report.ClosedInPeriod, report.ClosedWithOutcome));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task OmbudsmanFiguresCountEnquiriesDecisionsFaultAndRemedyCompliance(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        var o = report.Ombudsman;
        Assert.Equal((1, 1, 1, 1.0), (o.EnquiriesReceived, o.DecisionsMade, o.Upheld, o.UpheldRate!.Value));
        Assert.Equal((1, 1, 0, 0), (o.RemediesRecommended, o.CompliedOnTime, o.CompliedLate, o.ComplianceOverdue));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task OmbudsmanFiguresAndConversionsFollowTheServiceAreaOfTheirCase(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var waste = await world.ReportAsync(KpiWorld.Q2, areaId: world.Areas["Waste & Recycling"]);
        var housing = await world.ReportAsync(KpiWorld.Q2, areaId: world.Areas["Housing"]);

        // The enquiry and the converted service request are both on Waste & Recycling cases.
        Assert.Equal((1, 1, 1), (waste.Ombudsman.EnquiriesReceived, waste.Ombudsman.DecisionsMade, waste.ServiceRequestsConvertedToComplaints));
        Assert.Equal((0, 0, 0), (housing.Ombudsman.EnquiriesReceived, housing.Ombudsman.DecisionsMade, housing.ServiceRequestsConvertedToComplaints));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ServiceRequestsAreCountedAndConversionsToComplaintsShown(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        Assert.Equal(1, report.ContactsByClassification[ContactClassification.ServiceRequest]);
        Assert.Equal(9, report.ContactsByClassification[ContactClassification.Complaint]);
        Assert.Equal(1, report.ServiceRequestsConvertedToComplaints);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheTrendCoversEightQuartersAndPutsAFinancialYearBoundaryCaseInTheRightYear(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        Assert.Equal(8, report.Trend.Count);
        Assert.Equal(("Q3 2024/25", "Q2 2026/27"), (report.Trend[0].Quarter.Label, report.Trend[^1].Quarter.Label));
        var q4 = report.Trend.Single(t => t.Quarter.Label == "Q4 2025/26");
        var q1 = report.Trend.Single(t => t.Quarter.Label == "Q1 2026/27");
        Assert.Equal((1, 0), (q4.Stage1Received, q4.Stage1Responded));       // G received 31 Mar
        Assert.Equal((0, 1, 1.0), (q1.Stage1Received, q1.Stage1Responded, q1.Stage1ShareWithin!.Value)); // answered 10 Apr
        Assert.Equal((9, 1, 0.6, 0.2), (report.Trend[^1].Stage1Received, report.Trend[^1].Stage2Received, report.Trend[^1].Stage1ShareWithin!.Value, report.Trend[^1].EscalationRate!.Value));
        var lastYear = await world.ReportAsync(ReportPeriod.ForYear(2025));
        var thisYear = await world.ReportAsync(ReportPeriod.ForYear(2026));
        Assert.Equal((1, 11), (lastYear.ReceivedTotal, thisYear.ReceivedTotal));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task HousingMeasuresCh01AndCh02UseTheHomesForTheYear(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var report = await world.ReportAsync(KpiWorld.Q2);

        var housing = report.Housing!;
        Assert.Equal((KpiWorld.HomesIn2026, 0.25, 0.0, 1.0), (housing.Homes!.Value, housing.Ch01Stage1!.Value, housing.Ch01Stage2!.Value, housing.Ch02Stage1!.Value));
        Assert.Null(housing.Ch02Stage2);
        var lastYear = await world.ReportAsync(ReportPeriod.ForYear(2025));
        Assert.Null(lastYear.Housing!.Ch01Stage1);    // no homes entered for 2025/26
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task FiltersByServiceAreaAndProcedureNarrowEveryFigure(DatabaseProvider provider)
    {
        var world = await KpiWorld.GetAsync(provider);

        var housing = await world.ReportAsync(KpiWorld.Q2, areaId: world.Areas["Housing"]);
        var corporate = await world.ReportAsync(KpiWorld.Q2, procedureId: await ProcedureIdAsync(world, "Corporate"));

        Assert.Equal((1, 1, 1.0), (housing.ReceivedTotal, housing.RespondedTotal, housing.ShareWithinTimescale!.Value));
        Assert.Equal(0, housing.OpenAtEnd);
        Assert.Equal((9, 5), (corporate.ReceivedTotal, corporate.RespondedTotal));
        Assert.Null(corporate.Housing);
    }

    [Fact]
    public async Task TeamLeadersSeeTheirOwnAreasOnlyAndOfficersSeeNoFigures()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);

        var waste = await world.ReportAsync(KpiWorld.Q2, world.Staff["David Okafor"]);

        Assert.Equal(9, waste.ReceivedTotal);                      // everything but the housing case
        Assert.True(waste.LimitedToOwnAreas);
        Assert.False((await world.ReportAsync(KpiWorld.Q2)).LimitedToOwnAreas);
        Assert.DoesNotContain("Housing", waste.ServiceAreas.Values);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.ReportAsync(KpiWorld.Q2, world.Staff["Sarah Mitchell"], world.Areas["Waste & Recycling"]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.ReportAsync(KpiWorld.Q2, world.Staff["Tom Bennett"]));
    }

    [Fact]
    public async Task ACouncillorSeesCountsFromOneToFourAsLessThanFive()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);

        var tables = KpiTables.Build(await world.ReportAsync(KpiWorld.Q2, world.Councillor));

        var headline = tables.Single(t => t.Key == KpiTables.Headline);
        Assert.Equal("10", headline.Row(KpiTables.Rows.Received)!.Cells[0].Text);
        Assert.Equal(KpiCell.SuppressedText, headline.Row(KpiTables.Rows.OmbudsmanDecisions)!.Cells[0].Text);
        Assert.Null(headline.Row(KpiTables.Rows.OmbudsmanDecisions)!.Cells[0].Value);
        var byMonth = tables.Single(t => t.Key == KpiTables.ReceivedByMonth);
        var housing = byMonth.Rows.Single(r => r.Labels[0] == "Housing");
        Assert.Equal([KpiCell.SuppressedText, "0", "0", KpiCell.SuppressedText], housing.Cells.Select(c => c.Text));
        // Three of six responses were late: with six shown, 50.0% would give the "<5" late count away.
        Assert.Equal(KpiCell.WithheldText, headline.Row(KpiTables.Rows.WithinTimescale)!.Cells[0].Text);
    }

    private static async Task<int> ProcedureIdAsync(KpiWorld world, string code)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return db.Procedures.Single(p => p.Code == code).Id;
    }
}
