using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Reports;
using static ComplaintsHub.Tests.Reports.HandBuiltReport;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>
/// A councillor trying to undo "&lt;5": each case sets up counts where the small one could be worked out by subtraction,
/// from another table or from a percentage, and checks that the attempt fails (and that nothing else in the report gives
/// it away either).
/// </summary>
[Trait("Category", "Hostile")]
public class SuppressionHostile
{
    private static IReadOnlyList<KpiTable> Tables(KpiReport report)
    {
        var tables = KpiTables.Build(report);
        Assert.Empty(SuppressionAudit.Problems(tables, report));
        return tables;
    }

    private static KpiTable Table(IReadOnlyList<KpiTable> tables, string key) => tables.Single(t => t.Key == key);

    private static KpiRow RowOf(IReadOnlyList<KpiTable> tables, string key, string label) => Table(tables, key).Rows.Single(r => r.Labels[0] == label);

    private static KpiCell Tile(IReadOnlyList<KpiTable> tables, string label) => RowOf(tables, KpiTables.Headline, label).Cells[0];

    private static bool Shown(KpiCell cell) => cell.Value is not null;

    /// <summary>Three areas with large monthly counts, and Waste with 3 in November.</summary>
    private static KpiReport SmallMonth() => new HandBuiltReport()
        .Received(Housing, 1, 0, 10).Received(Housing, 1, 1, 12).Received(Housing, 1, 2, 15)
        .Received(Waste, 1, 0, 20).Received(Waste, 1, 1, 3).Received(Waste, 1, 2, 30)
        .Received(Parking, 1, 0, 8).Received(Parking, 1, 1, 9).Received(Parking, 1, 2, 7)
        .Build();

    [Fact]
    public void AnAreasTotalLessItsOtherMonthsDoesNotGiveAwayItsSmallMonth()
    {
        var tables = Tables(SmallMonth());

        var waste = RowOf(tables, KpiTables.ReceivedByMonth, "Waste & Recycling").Cells;
        Assert.Equal(KpiCell.SuppressedText, waste[1].Text);
        Assert.False(Shown(waste[0]) && Shown(waste[2]) && Shown(waste[3]), "October, December and the total would give November away");
    }

    [Fact]
    public void AMonthsTotalLessTheOtherAreasDoesNotGiveAwayTheSmallArea()
    {
        var tables = Tables(SmallMonth());

        var november = Table(tables, KpiTables.ReceivedByMonth).Rows.Select(r => r.Cells[1]).ToList();
        Assert.True(november.Count(c => !Shown(c)) >= 2, $"November: {string.Join(", ", november.Select(c => c.Text))}");
    }

    [Fact]
    public void TheReceivedTileLessTheTrendsStage1DoesNotGiveAwayASmallStage2()
    {
        var report = new HandBuiltReport { Areas = new Dictionary<int, string> { [Housing] = "Housing" } }
            .Received(Housing, 1, 0, 6).Received(Housing, 1, 1, 5).Received(Housing, 1, 2, 4).Received(Housing, 2, 1, 3).Build();

        var tables = Tables(report);

        var thisQuarter = Table(tables, KpiTables.Trend).Rows[^1].Cells;
        Assert.Equal(KpiCell.SuppressedText, thisQuarter[1].Text);
        Assert.False(Shown(Tile(tables, "Complaints received (all stages)")) && Shown(thisQuarter[0]), "18 received less the trend's 15 at Stage 1 would give Stage 2 away");
    }

    [Fact]
    public void AnAreasTotalInTheTimescaleTableDoesNotGiveAwayItsSmallState()
    {
        var report = new HandBuiltReport()
            .Received(Housing, 1, 0, 10, AnswerState.WithinTimescale).Received(Housing, 1, 1, 12, AnswerState.OutsideTimescale).Received(Housing, 1, 2, 15)
            .Received(Waste, 1, 0, 20, AnswerState.WithinTimescale).Received(Waste, 1, 1, 2, AnswerState.Withdrawn).Received(Waste, 1, 2, 30)
            .Received(Parking, 1, 0, 8, AnswerState.WithinTimescale).Received(Parking, 1, 1, 9, AnswerState.OutsideTimescale).Received(Parking, 1, 2, 7)
            .Build();

        var tables = Tables(report);

        var waste = RowOf(tables, KpiTables.ReceivedByTimescale, "Waste & Recycling").Cells;
        Assert.Equal(KpiCell.SuppressedText, waste[(int)AnswerState.Withdrawn].Text);
        var monthTotal = RowOf(tables, KpiTables.ReceivedByMonth, "Waste & Recycling").Cells[^1];
        Assert.Equal(Shown(monthTotal), Shown(waste[Enum.GetValues<AnswerState>().Length]));
        Assert.True(waste.Take(Enum.GetValues<AnswerState>().Length + 1).Count(c => !Shown(c)) >= 2);
    }

    [Fact]
    public void APercentageTimesItsResponsesDoesNotGiveAwayASmallLateCount()
    {
        var report = new HandBuiltReport()
            .Received(Housing, 1, 0, 20).Received(Waste, 1, 0, 20).Received(Parking, 1, 0, 20)
            .Responses(Housing, 1, 30).Responses(Waste, 1, 17).Responses(Waste, 1, 1, late: true).Responses(Parking, 1, 12).Responses(Parking, 1, 6, late: true)
            .Build();

        var tables = Tables(report);

        var waste = RowOf(tables, KpiTables.WithinByArea, "Waste & Recycling").Cells;
        Assert.Equal(KpiCell.SuppressedText, waste[2].Text);
        Assert.Equal(KpiCell.WithheldText, waste[3].Text);            // 94.4% of 18 is 17 within, so 1 late
        // Parking's late count (6, the next smallest) is withheld with it, so its percentage goes too; Housing's stays.
        Assert.Equal(KpiCell.WithheldText, RowOf(tables, KpiTables.WithinByArea, "Parking").Cells[3].Text);
        Assert.Equal("100.0%", RowOf(tables, KpiTables.WithinByArea, "Housing").Cells[3].Text);
        Assert.False(Shown(waste[0]) && Shown(waste[1]), "18 sent less 17 within would give the late one away");
    }

    [Fact]
    public void APercentageOrAverageOverFewerThanFiveResponsesIsWithheld()
    {
        var report = new HandBuiltReport()
            .Received(Housing, 1, 0, 20).Received(Waste, 1, 0, 20).Received(Parking, 1, 0, 20)
            .Responses(Housing, 1, 25).Responses(Waste, 1, 10).Responses(Parking, 1, 4)
            .Build();

        var tables = Tables(report);

        var parking = RowOf(tables, KpiTables.WithinByArea, "Parking").Cells;
        Assert.Equal((KpiCell.SuppressedText, KpiCell.SuppressedText, "0"), (parking[0].Text, parking[1].Text, parking[2].Text));
        Assert.Equal((KpiCell.WithheldText, KpiCell.WithheldText), (parking[3].Text, parking[4].Text));   // 100.0% and 10.0 days of four
        Assert.Null(parking[3].Value);
        // Waste's 10 is withheld so that the total less Housing's 25 does not give Parking's 4 away; Housing's figures stay.
        Assert.Equal(KpiCell.WithheldText, RowOf(tables, KpiTables.WithinByArea, "Waste & Recycling").Cells[0].Text);
        Assert.Equal(("25", "100.0%"), (RowOf(tables, KpiTables.WithinByArea, "Housing").Cells[0].Text, RowOf(tables, KpiTables.WithinByArea, "Housing").Cells[3].Text));
    }

    [Fact]
    public void TheEscalationRateTimesStage1ResponsesDoesNotGiveAwayASmallStage2()
    {
        var report = new HandBuiltReport()
            .Received(Housing, 1, 0, 20).Received(Waste, 1, 0, 20).Received(Waste, 2, 1, 2)
            .Responses(Housing, 1, 10).Responses(Waste, 1, 10)
            .Build();

        var tables = Tables(report);

        Assert.Equal(KpiCell.SuppressedText, Tile(tables, "Stage 2 complaints received").Text);
        Assert.Equal(20, Tile(tables, "Responses sent (all stages)").Value);
        Assert.Equal(KpiCell.WithheldText, Tile(tables, "Escalation rate (Stage 2 received ÷ Stage 1 responses)").Text);  // 10.0% of 20
        Assert.Equal(KpiCell.WithheldText, Table(tables, KpiTables.Trend).Rows[^1].Cells[4].Text);
    }

    [Fact]
    public void TheUpheldRateDoesNotGiveAwayASmallNumberOfDecisionsUpheld()
    {
        var report = new HandBuiltReport
        {
            Ombudsman = new OmbudsmanFigures(12, new Dictionary<OmbudsmanDecision, int> { [OmbudsmanDecision.NoFault] = 8, [OmbudsmanDecision.FaultAndInjustice] = 2 }, 2, 2, 0, 0, 0),
        }.Received(Housing, 1, 0, 20).Build();

        var tables = Tables(report);

        var ombudsman = Table(tables, KpiTables.Ombudsman);
        Assert.Equal(KpiCell.WithheldText, ombudsman.Rows.Single(r => r.Labels[0] == "Upheld rate").Cells[0].Text);   // 20.0% of 10
        var decisionsMade = ombudsman.Rows.Single(r => r.Labels[0] == "Decisions made").Cells[0];
        var noFault = ombudsman.Rows.Single(r => r.Labels[0] == $"Decision: {OmbudsmanDecision.NoFault.Describe()}").Cells[0];
        Assert.False(Shown(decisionsMade) && Shown(noFault), "10 decisions less 8 of no fault would give the 2 upheld away");
        Assert.Equal(Shown(decisionsMade), Shown(Tile(tables, "Ombudsman decisions")));
    }

    [Fact]
    public void TheContactsTotalLessTheOtherKindsDoesNotGiveAwayASmallKind()
    {
        var report = new HandBuiltReport
        {
            Contacts = new Dictionary<ContactClassification, int> { [ContactClassification.Complaint] = 30, [ContactClassification.ServiceRequest] = 25, [ContactClassification.MemberEnquiry] = 3 },
        }.Received(Housing, 1, 0, 30).Build();

        var tables = Tables(report);

        var contacts = Table(tables, KpiTables.Contacts);
        Assert.Equal(KpiCell.SuppressedText, contacts.Rows.Single(r => r.Labels[0] == ContactClassification.MemberEnquiry.Describe()).Cells[0].Text);
        Assert.True(contacts.Rows.Take(contacts.Rows.Count - 1).Count(r => !Shown(r.Cells[0]) && r.Cells[0].Text != "0") >= 2);
        Assert.Equal(Shown(contacts.Rows.Single(r => r.Labels[0] == ContactClassification.ServiceRequest.Describe()).Cells[0]), Shown(Tile(tables, "Service requests recorded")));
    }

    [Fact]
    public void TheHomePagesOtherContactsBesideTheContactsTotalDoNotGiveAwayASmallComplaintCount()
    {
        var report = new HandBuiltReport
        {
            Contacts = new Dictionary<ContactClassification, int> { [ContactClassification.Complaint] = 3, [ContactClassification.ServiceRequest] = 40, [ContactClassification.MemberEnquiry] = 12 },
        }.Received(Housing, 1, 0, 30).Build();
        var tables = Tables(report);

        var home = HeadlineFiguresQuery.Of(report);

        var contacts = Table(tables, KpiTables.Contacts);
        Assert.Equal(KpiCell.SuppressedText, contacts.Row(KpiTables.Rows.Contacts(ContactClassification.Complaint))!.Cells[0].Text);
        Assert.False(Shown(home.OtherContactsReceived) && Shown(contacts.Rows.Single(r => r.IsTotal).Cells[0]),
            "55 contacts less 52 that are not complaints would give the complaints away");
    }

    [Fact]
    public void TheHomeTilesHideTheSmallCountsTheDashboardHides()
    {
        var report = new HandBuiltReport { Areas = new Dictionary<int, string> { [Housing] = "Housing" }, Open = (3, 1, 2) }
            .Received(Housing, 1, 0, 6).Received(Housing, 2, 0, 2)
            .Build();
        var tables = Tables(report);

        var home = HeadlineFiguresQuery.Of(report);

        Assert.Equal(Tile(tables, "Complaints received (all stages)"), home.ComplaintsReceived);
        Assert.False(Shown(home.ComplaintsReceived) && Shown(Tile(tables, "Stage 1 complaints received")), "8 received less 6 at Stage 1 would give Stage 2 away");
        Assert.Equal(KpiCell.SuppressedText, home.OpenComplaints.Text);
        Assert.Equal(KpiCell.SuppressedText, home.OverdueComplaints.Text);
    }

    [Fact]
    public void AYearsQuartersInTheTrendDoNotGiveAwayTheYearsSmallStage2()
    {
        var year = ReportPeriod.ForYear(2026);
        var report = new HandBuiltReport(year) { Areas = new Dictionary<int, string> { [Housing] = "Housing" } }
            .Received(Housing, 1, 0, 10).Received(Housing, 1, 3, 12).Received(Housing, 1, 6, 9).Received(Housing, 1, 9, 11)
            .Received(Housing, 2, 1, 1).Received(Housing, 2, 7, 2)
            .Build();

        var tables = Tables(report);

        Assert.Equal(KpiCell.SuppressedText, Tile(tables, "Stage 2 complaints received").Text);
        var quartersStage1 = Table(tables, KpiTables.Trend).Rows.TakeLast(4).Select(r => r.Cells[0]).ToList();
        Assert.False(Shown(Tile(tables, "Complaints received (all stages)")) && quartersStage1.All(Shown),
            "45 received less the four quarters' 42 at Stage 1 would give Stage 2 away");
    }

    [Fact]
    public void TwoSmallCountsBesideTheirTotalDoNotGiveAwayThatBothAreOne()
    {
        var report = new HandBuiltReport()
            .Received(Housing, 1, 0, 10).Received(Housing, 1, 1, 12).Received(Housing, 1, 2, 15)
            .Received(Parking, 1, 0, 1).Received(Parking, 1, 1, 1).Received(Parking, 1, 2, 20)
            .Build();

        var tables = Tables(report);

        var parking = RowOf(tables, KpiTables.ReceivedByMonth, "Parking").Cells;
        Assert.Equal((KpiCell.SuppressedText, KpiCell.SuppressedText), (parking[0].Text, parking[1].Text));
        Assert.False(Shown(parking[2]) && Shown(parking[3]), "22 less 20 leaves 2 for two cells of at least one each");
    }

    [Fact]
    public void ASmallCountBesideOneWithheldCountIsNotPinnedByTheirTotal()
    {
        // Parking: 1, 5 and 0. With 5 withheld, a reader knows it is at least 5 (smaller would be "<5"), so 6 − 5 leaves 1.
        var report = new HandBuiltReport()
            .Received(Housing, 1, 0, 10).Received(Housing, 1, 1, 12).Received(Housing, 1, 2, 15)
            .Received(Parking, 1, 0, 1).Received(Parking, 1, 1, 5)
            .Build();

        var tables = Tables(report);

        var parking = RowOf(tables, KpiTables.ReceivedByMonth, "Parking").Cells;
        Assert.Equal((KpiCell.SuppressedText, KpiCell.WithheldText, "0"), (parking[0].Text, parking[1].Text, parking[2].Text));
        Assert.Equal(KpiCell.WithheldText, parking[3].Text);
    }

    [Fact]
    public void CH01PerThousandHomesDoesNotGiveAwayASmallHousingStage2()
    {
        var report = new HandBuiltReport { Homes = 4000 }
            .Received(Housing, 1, 0, 30).Received(Housing, 2, 0, 2).Received(Waste, 1, 0, 40).Received(Waste, 2, 0, 9)
            .Build();

        var tables = Tables(report);

        var housing = Table(tables, KpiTables.HousingMeasures);
        Assert.Equal(KpiCell.SuppressedText, housing.Rows[2].Cells[0].Text);
        Assert.Equal(KpiCell.WithheldText, housing.Rows[4].Cells[0].Text);   // 0.5 per 1,000 of 4,000 homes is 2
        Assert.Equal("7.5", housing.Rows[3].Cells[0].Text);
    }
}
