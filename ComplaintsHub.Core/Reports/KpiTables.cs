using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// Lays a <see cref="KpiReport"/> out as the tables the dashboard shows and the workbook writes, with small
/// counts suppressed for councillors. Both read these tables, so the workbook's figures are the dashboard's.
/// </summary>
public static class KpiTables
{
    public const string Headline = "headline";
    public const string ReceivedByMonth = "received-by-month";
    public const string ReceivedBySubject = "received-by-subject";
    public const string ReceivedByTimescale = "received-by-timescale";
    public const string Outcomes = "outcomes";
    public const string Categories = "categories";
    public const string Timescales = "timescales";
    public const string WithinByArea = "within-by-area";
    public const string Ombudsman = "ombudsman";
    public const string Contacts = "contacts";
    public const string Trend = "trend";
    public const string HousingMeasures = "housing-tsm";

    /// <summary>Keys of the headline rows the dashboard's tiles show.</summary>
    public static class Rows
    {
        public const string Received = "received";
        public const string Responded = "responded";
        public const string WithinTimescale = "within";
        public const string Overdue = "overdue";
        public const string EscalationRate = "escalation";
        public const string OmbudsmanDecisions = "ombudsman-decisions";
    }

    private const string Total = "Total";

    private static readonly Outcome[] ComplaintOutcomes = [Outcome.Upheld, Outcome.PartlyUpheld, Outcome.NotUpheld, Outcome.ResolvedInformally, Outcome.Withdrawn];

    public static IReadOnlyList<KpiTable> Build(KpiReport report)
    {
        var layout = new Layout(report);
        var tables = new List<KpiTable>
        {
            layout.HeadlineTable(),
            layout.ReceivedByMonthTable(),
            layout.ReceivedBySubjectTable(),
            layout.ReceivedByTimescaleTable(),
            layout.OutcomesTable(),
            layout.CategoriesTable(),
            layout.TimescalesTable(),
            layout.WithinByAreaTable(),
            layout.OmbudsmanTable(),
            layout.ContactsTable(),
            layout.TrendTable(),
        };
        if (report.Housing is not null) tables.Add(layout.HousingTable());
        return tables;
    }

    private sealed class Layout(KpiReport report)
    {
        private readonly bool _suppress = report.Audience == KpiAudience.Councillor;
        private readonly IReadOnlyList<int> _stages = report.StageNumbers;

        private KpiCell Count(int count) => KpiCell.Count(count, _suppress);

        private string AsAtText => report.AsAt == report.Period.End ? "at the end of the period" : $"on {report.AsAt:d MMMM yyyy} (today)";

        public KpiTable HeadlineTable()
        {
            var stage1 = report.Stage(1);
            var stage2 = report.Stage(2);
            var rows = new List<KpiRow>
            {
                Row("Complaints received (all stages)", Count(report.ReceivedTotal), Rows.Received),
                Row("Stage 1 complaints received", Count(stage1.Received)),
                Row("Stage 2 complaints received", Count(stage2.Received)),
                Row("Responses sent (all stages)", Count(report.RespondedTotal), Rows.Responded),
                Row("Responses within timescale", KpiCell.Percent(report.ShareWithinTimescale), Rows.WithinTimescale),
                Row("Stage 1 responses within timescale", KpiCell.Percent(stage1.ShareWithinTimescale)),
                Row("Stage 2 responses within timescale", KpiCell.Percent(stage2.ShareWithinTimescale)),
                Row("Target for responses within timescale", KpiCell.Percent(report.Target)),
                Row("Average working days to respond (Stage 1)", KpiCell.Decimal(stage1.AverageWorkingDaysToRespond)),
                Row("Average working days to respond (Stage 2)", KpiCell.Decimal(stage2.AverageWorkingDaysToRespond)),
                Row("Escalation rate (Stage 2 received ÷ Stage 1 responses)", KpiCell.Percent(report.EscalationRate), Rows.EscalationRate),
                Row($"Complaints open {AsAtText}", Count(report.OpenAtEnd)),
                Row($"Complaints overdue {AsAtText}", Count(report.OverdueAtEnd), Rows.Overdue),
                Row("Open complaints with an allocated officer", KpiCell.Percent(report.ShareOpenAllocated)),
                Row("Complaints closed in the period", Count(report.ClosedInPeriod)),
                Row("Closed complaints with an outcome recorded", KpiCell.Percent(report.ShareClosedWithOutcome)),
                Row("Service requests recorded", Count(report.ContactsByClassification.GetValueOrDefault(ContactClassification.ServiceRequest))),
                Row("Ombudsman enquiries received", Count(report.Ombudsman.EnquiriesReceived)),
                Row("Ombudsman decisions", Count(report.Ombudsman.DecisionsMade), Rows.OmbudsmanDecisions),
                Row("Ombudsman decisions upheld (fault found)", Count(report.Ombudsman.Upheld)),
            };
            return new KpiTable(Headline, "Headline figures", $"{report.Period.LongLabel}. Open and overdue figures are taken {AsAtText}.", ["Measure"], ["Value"], rows);
        }

        public KpiTable ReceivedByMonthTable()
        {
            var months = report.Period.Months;
            var rows = AreaRows(area => months.Select(m => Sum(r => r.ServiceAreaId == area && r.Month == m)).Append(Sum(r => r.ServiceAreaId == area)));
            rows.Add(TotalRow(months.Select(m => Sum(r => r.Month == m)).Append(report.ReceivedTotal)));
            return new KpiTable(ReceivedByMonth, "Complaints received by service area and month", "Complaint stages opened in each month (Stage 1 and Stage 2 both count).",
                ["Service area"], months.Select(m => m.ToString("MMM yyyy")).Append(Total).ToList(), rows);
        }

        public KpiTable ReceivedBySubjectTable()
        {
            var rows = report.ReceivedBySubject
                .GroupBy(r => (r.ServiceAreaId, r.SubjectId))
                .Where(g => report.ServiceAreas.ContainsKey(g.Key.ServiceAreaId))
                .Select(g => new
                {
                    Area = report.ServiceAreas[g.Key.ServiceAreaId],
                    Subject = g.Key.SubjectId is { } s ? report.Subjects.GetValueOrDefault(s, "Unknown subject") : "No subject recorded",
                    Figures = g.ToList(),
                })
                .OrderBy(x => x.Area).ThenBy(x => x.Subject)
                .Select(x => new KpiRow([x.Area, x.Subject], _stages.Select(stage => Count(x.Figures.Where(r => r.Stage == stage).Sum(r => r.Count))).Append(Count(x.Figures.Sum(r => r.Count))).ToList()))
                .ToList();
            rows.Add(new KpiRow([Total, ""], _stages.Select(stage => Count(Sum(r => r.Stage == stage))).Append(Count(report.ReceivedTotal)).ToList(), IsTotal: true));
            return new KpiTable(ReceivedBySubject, "Complaints received by service area and subject", "Complaint stages opened in the period, by what they were about.",
                ["Service area", "Subject"], StageColumns().Append(Total).ToList(), rows);
        }

        public KpiTable ReceivedByTimescaleTable()
        {
            var states = Enum.GetValues<AnswerState>();
            var rows = new List<KpiRow>();
            foreach (var (areaId, name) in report.ServiceAreas)
            {
                rows.Add(TimescaleRow([name], r => r.ServiceAreaId == areaId, isTotal: false));
            }

            rows.Add(TimescaleRow([Total], _ => true, isTotal: true));
            return new KpiTable(ReceivedByTimescale, "Complaints received by service area and timescale",
                "Complaint stages opened in the period and whether they were answered within timescale (the service level agreement), as things stand now.",
                ["Service area"], states.Select(s => s.Describe()).Append(Total).Append("Answered within timescale").ToList(), rows);

            KpiRow TimescaleRow(IReadOnlyList<string> labels, Func<ReceivedFigure, bool> where, bool isTotal)
            {
                var counts = states.Select(s => report.Received.Where(r => where(r) && r.Answer == s).Sum(r => r.Count)).ToList();
                var answered = counts[(int)AnswerState.WithinTimescale] + counts[(int)AnswerState.OutsideTimescale];
                return new KpiRow(labels, counts.Select(Count).Append(Count(counts.Sum()))
                    .Append(KpiCell.Percent(answered == 0 ? null : (double)counts[(int)AnswerState.WithinTimescale] / answered)).ToList(), isTotal);
            }
        }

        public KpiTable OutcomesTable()
        {
            var rows = ComplaintOutcomes.Select(outcome =>
            {
                int AtStage(int stage) => outcome == Outcome.Withdrawn
                    ? report.WithdrawnByStage.GetValueOrDefault(stage)
                    : report.Responses.Where(r => r.Stage == stage && r.Outcome == outcome).Sum(r => r.Count);
                return new KpiRow([outcome.Describe().Capitalised()], _stages.Select(s => Count(AtStage(s))).Append(Count(_stages.Sum(AtStage))).ToList());
            }).ToList();
            int StageTotal(int stage) => report.Responses.Where(r => r.Stage == stage).Sum(r => r.Count) + report.WithdrawnByStage.GetValueOrDefault(stage);
            rows.Add(TotalRow(_stages.Select(StageTotal).Append(_stages.Sum(StageTotal))));
            return new KpiTable(Outcomes, "Complaints by outcome", "Stage responses sent in the period by their outcome, and complaints withdrawn in the period.",
                ["Outcome"], StageColumns().Append(Total).ToList(), rows);
        }

        public KpiTable CategoriesTable()
        {
            var categoryIds = report.ReceivedByCategory.Select(r => r.CategoryId).Distinct()
                .OrderBy(id => id is { } c ? report.Categories.GetValueOrDefault(c, "Unknown category") : "~").ToList();
            int InCategory(int? id, int? stage = null) => report.ReceivedByCategory.Where(r => r.CategoryId == id && (stage is null || r.Stage == stage)).Sum(r => r.Count);
            var rows = categoryIds.Select(id => new KpiRow(
                    [id is { } c ? report.Categories.GetValueOrDefault(c, "Unknown category") : "No category recorded"],
                    _stages.Select(stage => Count(InCategory(id, stage))).Append(Count(InCategory(id))).ToList()))
                .ToList();
            rows.Add(TotalRow(_stages.Select(stage => Sum(r => r.Stage == stage)).Append(report.ReceivedTotal)));
            return new KpiTable(Categories, "Complaints by category", "Complaint stages opened in the period, by the kind of failing complained about.",
                ["Category"], StageColumns().Append(Total).ToList(), rows);
        }

        public KpiTable TimescalesTable()
        {
            var rows = _stages.Select(stage =>
            {
                var p = report.Stage(stage);
                return new KpiRow([$"Stage {stage}"],
                [
                    Count(p.Received), Count(p.Responded), Count(p.WithinTimescale), Count(p.Late), KpiCell.Percent(p.ShareWithinTimescale),
                    KpiCell.Of(report.RagFor(p.ShareWithinTimescale).Describe()), KpiCell.Decimal(p.AverageWorkingDaysToRespond),
                    KpiCell.Decimal(p.AverageWorkingDaysLate), p.Late == 0 ? KpiCell.Of(KpiCell.NoValueText) : Count(p.MaxWorkingDaysLate),
                ]);
            }).ToList();
            return new KpiTable(Timescales, "Timescales by stage",
                $"Responses sent in the period against a target of {report.Target:0.#%} within timescale (green at or above the target, amber within ten points, red below). "
                + "Working days exclude weekends, bank holidays and council closure days; an agreed extension moves the due date.",
                ["Stage"], ["Received", "Responses sent", "Within timescale", "Late", "% within timescale", "Against target", "Average working days to respond",
                    "Average working days late (late responses)", "Most working days late"], rows);
        }

        public KpiTable WithinByAreaTable()
        {
            var rows = report.ServiceAreas.Select(a => AreaResponseRow([a.Value], r => r.ServiceAreaId == a.Key, false)).ToList();
            rows.Add(AreaResponseRow([Total], _ => true, true));
            return new KpiTable(WithinByArea, "Responses within timescale by service area", "Stage responses sent in the period, all stages.",
                ["Service area"], ["Responses sent", "Within timescale", "Late", "% within timescale", "Average working days to respond"], rows);

            KpiRow AreaResponseRow(IReadOnlyList<string> labels, Func<ResponseFigure, bool> where, bool isTotal)
            {
                var figures = report.Responses.Where(where).ToList();
                var sent = figures.Sum(r => r.Count);
                var within = figures.Where(r => !r.Late).Sum(r => r.Count);
                return new KpiRow(labels,
                [
                    Count(sent), Count(within), Count(sent - within), KpiCell.Percent(sent == 0 ? null : (double)within / sent),
                    KpiCell.Decimal(sent == 0 ? null : (double)figures.Sum(r => r.TotalWorkingDays) / sent),
                ], isTotal);
            }
        }

        public KpiTable OmbudsmanTable()
        {
            var o = report.Ombudsman;
            var rows = new List<KpiRow> { Row("Enquiries received", Count(o.EnquiriesReceived)), Row("Decisions made", Count(o.DecisionsMade)) };
            rows.AddRange(Enum.GetValues<OmbudsmanDecision>().Select(d => Row($"Decision: {d.Describe()}", Count(o.Decisions.GetValueOrDefault(d)))));
            rows.AddRange(
            [
                Row("Upheld (fault found)", Count(o.Upheld)),
                Row("Upheld rate", KpiCell.Percent(o.UpheldRate)),
                Row("Remedies recommended", Count(o.RemediesRecommended)),
                Row("Remedies complied with on time", Count(o.CompliedOnTime)),
                Row("Remedies complied with late", Count(o.CompliedLate)),
                Row($"Remedies overdue {AsAtText}", Count(o.ComplianceOverdue)),
                Row("Remedies not yet due", Count(o.ComplianceNotYetDue)),
            ]);
            return new KpiTable(Ombudsman, "Ombudsman enquiries and decisions",
                "Enquiries received and decisions made in the period (Local Government and Social Care Ombudsman, Housing Ombudsman, ICO), with what became of the remedies decided.",
                ["Measure"], ["Value"], rows);
        }

        public KpiTable ContactsTable()
        {
            var rows = Enum.GetValues<ContactClassification>()
                .Select(c => new KpiRow([c.Describe()], [Count(report.ContactsByClassification.GetValueOrDefault(c))]))
                .ToList();
            rows.Add(TotalRow([report.ContactsByClassification.Values.Sum()]));
            rows.Add(Row("Service requests turned into complaints", Count(report.ServiceRequestsConvertedToComplaints)));
            return new KpiTable(Contacts, "Contacts recorded by classification",
                "Everything logged in the period by how it was classified: service requests are recorded and monitored but are not complaints.",
                ["Classification"], ["Contacts"], rows);
        }

        public KpiTable TrendTable()
        {
            var rows = report.Trend.Select(t => new KpiRow([t.Quarter.Label],
            [
                Count(t.Stage1Received), Count(t.Stage2Received), KpiCell.Percent(t.Stage1ShareWithin), KpiCell.Percent(t.Stage2ShareWithin), KpiCell.Percent(t.EscalationRate),
            ])).ToList();
            return new KpiTable(Trend, "Trend over eight quarters", $"The eight quarters up to and including {report.Period.LastQuarter.Label}.",
                ["Quarter"], ["Stage 1 received", "Stage 2 received", "Stage 1 % within timescale", "Stage 2 % within timescale", "Escalation rate"], rows);
        }

        public KpiTable HousingTable()
        {
            var h = report.Housing!;
            var homes = h.Homes is { } n ? $"{n:N0} homes in {report.Period.YearLabel}" : $"the number of homes for {report.Period.YearLabel} has not been entered (Administration → Reporting)";
            var rows = new List<KpiRow>
            {
                Row("Homes owned", h.Homes is { } count ? new KpiCell(KpiFormat.Count, count, count.ToString("N0")) : KpiCell.Of("Not entered")),
                Row("Stage 1 complaints received", Count(h.Stage1.Received)),
                Row("Stage 2 complaints received", Count(h.Stage2.Received)),
                Row("CH01 (1): Stage 1 complaints per 1,000 homes", KpiCell.Decimal(h.Ch01Stage1)),
                Row("CH01 (2): Stage 2 complaints per 1,000 homes", KpiCell.Decimal(h.Ch01Stage2)),
                Row("CH02 (1): Stage 1 responses within the Code's timescale", KpiCell.Percent(h.Ch02Stage1)),
                Row("CH02 (2): Stage 2 responses within the Code's timescale", KpiCell.Percent(h.Ch02Stage2)),
            };
            var scope = report.Period.IsWholeYear ? "the year" : "the quarter (CH01 is reported annually: four quarters add up to the year's figure)";
            return new KpiTable(HousingMeasures, "Tenant Satisfaction Measures CH01 and CH02",
                $"Housing (landlord) procedure only, for {scope}; {homes}.", ["Measure"], ["Value"], rows);
        }

        private List<KpiRow> AreaRows(Func<int, IEnumerable<int>> counts) =>
            report.ServiceAreas.Select(a => new KpiRow([a.Value], counts(a.Key).Select(Count).ToList())).ToList();

        private KpiRow TotalRow(IEnumerable<int> counts) => new([Total], counts.Select(Count).ToList(), IsTotal: true);

        private static KpiRow Row(string label, KpiCell cell, string? key = null) => new([label], [cell], Key: key);

        private int Sum(Func<ReceivedFigure, bool> where) => report.Received.Where(where).Sum(r => r.Count);

        private IEnumerable<string> StageColumns() => _stages.Select(s => $"Stage {s}");
    }
}
