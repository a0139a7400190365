using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// Lays a <see cref="KpiReport"/> out as the tables the dashboard shows and the workbook writes, with small
/// counts suppressed for councillors. Both read these tables, so the workbook's figures are the dashboard's.
/// For councillors every count is also registered once as a figure (the same figure in several tables under one key)
/// with the sums that tie figures together, so that <see cref="SecondarySuppression"/> can withhold whatever would give
/// a "&lt;5" away, and every ratio names the counts it is made from.
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
    public const string PromisedActions = "promised-actions";
    public const string ImprovementActions = "improvement-actions";

    /// <summary>Keys of the headline rows the dashboard's tiles (and the home page's) show, and of the contacts rows.</summary>
    public static class Rows
    {
        public const string Received = "received";
        public const string Stage1Received = "received|s1";
        public const string Stage2Received = "received|s2";
        public const string Open = "open";
        public const string Responded = "responded";
        public const string WithinTimescale = "within";
        public const string Overdue = "overdue";
        public const string EscalationRate = "escalation";
        public const string OmbudsmanDecisions = "ombudsman-decisions";

        public static string Contacts(ContactClassification classification) => $"contacts|{classification}";
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
            layout.PromisedActionsTable(),
            layout.ContactsTable(),
            layout.TrendTable(),
        };
        if (report.ImprovementActions is not null) tables.Insert(tables.FindIndex(t => t.Key == PromisedActions) + 1, layout.ImprovementActionsTable(report.ImprovementActions));
        if (report.Housing is not null) tables.Add(layout.HousingTable());
        return layout.Finish(tables);
    }

    private sealed class Layout(KpiReport report)
    {
        private readonly bool _suppress = report.Audience == KpiAudience.Councillor;
        private readonly IReadOnlyList<int> _stages = report.StageNumbers;
        /// <summary>Null for staff, who see every figure.</summary>
        private readonly SecondarySuppression? _figures = report.Audience == KpiAudience.Councillor ? new SecondarySuppression() : null;
        /// <summary>Cells whose final form waits until every figure and sum is known (by reference: equal cells are different figures).</summary>
        private readonly Dictionary<KpiCell, Func<KpiCell>> _pending = new(ReferenceEqualityComparer.Instance);
        private readonly List<(string Total, IEnumerable<string> Parts)> _sums = [];

        private KpiCell Count(int count) => KpiCell.Count(count, _suppress);

        /// <summary>A count that is the figure <paramref name="key"/>: withheld for councillors when it would give a small count away.</summary>
        private KpiCell Count(string key, int count)
        {
            var cell = Count(count);
            if (_figures is null) return cell;
            _figures.Shown(key, count);
            return Pending(cell, () => cell.Value is not null && _figures.IsWithheld(key) ? KpiCell.Withheld(KpiFormat.Count) : cell);
        }

        /// <summary>A count a shown ratio is made from but which no table shows.</summary>
        private string Hidden(string key, int count)
        {
            _figures?.Hidden(key, count);
            return key;
        }

        /// <summary>A percentage or average over <paramref name="denominator"/>, withheld for councillors with the counts it is made from.</summary>
        private KpiCell Ratio(KpiCell cell, int denominator, params string[] madeFrom) =>
            _figures is null || cell.Value is null ? cell : Pending(cell, () => _figures.RatioWithheld(denominator, madeFrom) ? KpiCell.Withheld(cell.Format) : cell);

        private KpiCell Share(double? share, int denominator, params string[] madeFrom) => Ratio(KpiCell.Percent(share), denominator, madeFrom);

        private KpiCell Pending(KpiCell cell, Func<KpiCell> final)
        {
            _pending[cell] = final;
            return cell;
        }

        private void Sum(string total, IEnumerable<string> parts)
        {
            if (_figures is not null) _sums.Add((total, parts.ToList()));
        }

        /// <summary>Withholds, for councillors, every figure the sums would give a small count away by.</summary>
        public IReadOnlyList<KpiTable> Finish(IReadOnlyList<KpiTable> tables)
        {
            if (_figures is null) return tables;
            foreach (var (total, parts) in _sums) _figures.Sum(total, parts);
            return tables.Select(t => t with
            {
                Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(c => _pending.TryGetValue(c, out var final) ? final() : c).ToList() }).ToList(),
            }).ToList();
        }

        private string AsAtText => report.AsAt == report.Period.End ? "at the end of the period" : $"on {report.AsAt:d MMMM yyyy} (today)";

        public KpiTable HeadlineTable()
        {
            var stage1 = report.Stage(1);
            var stage2 = report.Stage(2);
            var rows = new List<KpiRow>
            {
                Row("Complaints received (all stages)", Count("R", report.ReceivedTotal), Rows.Received),
                Row("Stage 1 complaints received", Count("R|s1", stage1.Received), Rows.Stage1Received),
                Row("Stage 2 complaints received", Count("R|s2", stage2.Received), Rows.Stage2Received),
                Row("Responses sent (all stages)", Count("P", report.RespondedTotal), Rows.Responded),
                Row("Responses within timescale", Share(report.ShareWithinTimescale, report.RespondedTotal, "P", "W", "L"), Rows.WithinTimescale),
                Row("Stage 1 responses within timescale", Share(stage1.ShareWithinTimescale, stage1.Responded, "P|s1", "W|s1", "L|s1")),
                Row("Stage 2 responses within timescale", Share(stage2.ShareWithinTimescale, stage2.Responded, "P|s2", "W|s2", "L|s2")),
                Row("Target for responses within timescale", KpiCell.Percent(report.Target)),
                Row("Average working days to respond (Stage 1)", Ratio(KpiCell.Decimal(stage1.AverageWorkingDaysToRespond), stage1.Responded, "P|s1")),
                Row("Average working days to respond (Stage 2)", Ratio(KpiCell.Decimal(stage2.AverageWorkingDaysToRespond), stage2.Responded, "P|s2")),
                Row("Escalation rate (Stage 2 received ÷ Stage 1 responses)", Share(report.EscalationRate, stage1.Responded, "R|s2", "P|s1"), Rows.EscalationRate),
                Row($"Complaints open {AsAtText}", Count("Open", report.OpenAtEnd), Rows.Open),
                Row($"Complaints overdue {AsAtText}", Count("Overdue", report.OverdueAtEnd), Rows.Overdue),
                Row("Open complaints with an allocated officer", Share(report.ShareOpenAllocated, report.OpenAtEnd, "Open",
                    Hidden("Open|allocated", report.OpenWithAllocatedOfficer), Hidden("Open|unallocated", report.OpenAtEnd - report.OpenWithAllocatedOfficer))),
                Row("Complaints closed in the period", Count("Closed", report.ClosedInPeriod)),
                Row("Closed complaints with an outcome recorded", Share(report.ShareClosedWithOutcome, report.ClosedInPeriod, "Closed",
                    Hidden("Closed|outcome", report.ClosedWithOutcome), Hidden("Closed|no-outcome", report.ClosedInPeriod - report.ClosedWithOutcome))),
                Row("Service requests recorded", Count($"K|{ContactClassification.ServiceRequest}", report.ContactsByClassification.GetValueOrDefault(ContactClassification.ServiceRequest))),
                Row("Ombudsman enquiries received", Count("E", report.Ombudsman.EnquiriesReceived)),
                Row("Ombudsman decisions", Count("D", report.Ombudsman.DecisionsMade), Rows.OmbudsmanDecisions),
                Row("Ombudsman decisions upheld (fault found)", Count("U", report.Ombudsman.Upheld)),
            };
            Sum("R", _stages.Select(s => $"R|s{s}"));
            Sum("P", _stages.Select(s => $"P|s{s}"));
            Sum("P", ["W", "L"]);
            return new KpiTable(Headline, "Headline figures", $"{report.Period.LongLabel}. Open and overdue figures are taken {AsAtText}.", ["Measure"], ["Value"], rows);
        }

        public KpiTable ReceivedByMonthTable()
        {
            var months = report.Period.Months;
            var rows = report.ServiceAreas.Select(a => new KpiRow([a.Value],
                months.Select(m => Count($"R|a{a.Key}|m{m:yyyy-MM}", Sum(r => r.ServiceAreaId == a.Key && r.Month == m)))
                    .Append(Count($"R|a{a.Key}", Sum(r => r.ServiceAreaId == a.Key))).ToList())).ToList();
            rows.Add(new KpiRow([Total], months.Select(m => Count($"R|m{m:yyyy-MM}", Sum(r => r.Month == m))).Append(Count("R", report.ReceivedTotal)).ToList(), IsTotal: true));
            foreach (var area in report.ServiceAreas.Keys) Sum($"R|a{area}", months.Select(m => $"R|a{area}|m{m:yyyy-MM}"));
            foreach (var month in months) Sum($"R|m{month:yyyy-MM}", report.ServiceAreas.Keys.Select(a => $"R|a{a}|m{month:yyyy-MM}"));
            Sum("R", report.ServiceAreas.Keys.Select(a => $"R|a{a}"));
            Sum("R", months.Select(m => $"R|m{m:yyyy-MM}"));
            return new KpiTable(ReceivedByMonth, "Complaints received by service area and month", "Complaint stages opened in each month (Stage 1 and Stage 2 both count).",
                ["Service area"], months.Select(m => m.ToString("MMM yyyy")).Append(Total).ToList(), rows);
        }

        public KpiTable ReceivedBySubjectTable()
        {
            var groups = report.ReceivedBySubject
                .GroupBy(r => (r.ServiceAreaId, r.SubjectId))
                .Where(g => report.ServiceAreas.ContainsKey(g.Key.ServiceAreaId))
                .Select(g => new
                {
                    AreaId = g.Key.ServiceAreaId,
                    Key = $"R|a{g.Key.ServiceAreaId}|sub{g.Key.SubjectId ?? 0}",
                    Area = report.ServiceAreas[g.Key.ServiceAreaId],
                    Subject = g.Key.SubjectId is { } s ? report.Subjects.GetValueOrDefault(s, "Unknown subject") : "No subject recorded",
                    Figures = g.ToList(),
                })
                .OrderBy(x => x.Area).ThenBy(x => x.Subject)
                .ToList();
            var rows = groups
                .Select(x => new KpiRow([x.Area, x.Subject], _stages.Select(stage => Count($"{x.Key}|s{stage}", x.Figures.Where(r => r.Stage == stage).Sum(r => r.Count)))
                    .Append(Count(x.Key, x.Figures.Sum(r => r.Count))).ToList()))
                .ToList();
            rows.Add(new KpiRow([Total, ""], _stages.Select(stage => Count($"R|s{stage}", Sum(r => r.Stage == stage))).Append(Count("R", report.ReceivedTotal)).ToList(), IsTotal: true));
            foreach (var x in groups) Sum(x.Key, _stages.Select(stage => $"{x.Key}|s{stage}"));
            foreach (var stage in _stages) Sum($"R|s{stage}", groups.Select(x => $"{x.Key}|s{stage}"));
            Sum("R", groups.Select(x => x.Key));
            // The areas' totals are in the month table: an area's subjects add up to it.
            foreach (var area in report.ServiceAreas.Keys) Sum($"R|a{area}", groups.Where(x => x.AreaId == area).Select(x => x.Key));
            return new KpiTable(ReceivedBySubject, "Complaints received by service area and subject", "Complaint stages opened in the period, by what they were about.",
                ["Service area", "Subject"], StageColumns().Append(Total).ToList(), rows);
        }

        public KpiTable ReceivedByTimescaleTable()
        {
            var states = Enum.GetValues<AnswerState>();
            var rows = new List<KpiRow>();
            foreach (var (areaId, name) in report.ServiceAreas)
            {
                rows.Add(TimescaleRow([name], $"R|a{areaId}", r => r.ServiceAreaId == areaId, isTotal: false));
                Sum($"R|a{areaId}", states.Select(s => $"R|a{areaId}|x{s}"));
            }

            rows.Add(TimescaleRow([Total], "R", _ => true, isTotal: true));
            Sum("R", states.Select(s => $"R|x{s}"));
            foreach (var state in states) Sum($"R|x{state}", report.ServiceAreas.Keys.Select(a => $"R|a{a}|x{state}"));
            return new KpiTable(ReceivedByTimescale, "Complaints received by service area and timescale",
                "Complaint stages opened in the period and whether they were answered within timescale (the service level agreement), as things stand now.",
                ["Service area"], states.Select(s => s.Describe()).Append(Total).Append("Answered within timescale").ToList(), rows);

            KpiRow TimescaleRow(IReadOnlyList<string> labels, string key, Func<ReceivedFigure, bool> where, bool isTotal)
            {
                var counts = states.Select(s => report.Received.Where(r => where(r) && r.Answer == s).Sum(r => r.Count)).ToList();
                var answered = counts[(int)AnswerState.WithinTimescale] + counts[(int)AnswerState.OutsideTimescale];
                return new KpiRow(labels, states.Select(s => Count($"{key}|x{s}", counts[(int)s])).Append(Count(key, counts.Sum()))
                    .Append(Share(answered == 0 ? null : (double)counts[(int)AnswerState.WithinTimescale] / answered, answered,
                        $"{key}|x{AnswerState.WithinTimescale}", $"{key}|x{AnswerState.OutsideTimescale}")).ToList(), isTotal);
            }
        }

        public KpiTable OutcomesTable()
        {
            string KeyOf(Outcome outcome) => outcome == Outcome.Withdrawn ? "Wd" : $"O|{outcome}";
            var rows = ComplaintOutcomes.Select(outcome =>
            {
                int AtStage(int stage) => outcome == Outcome.Withdrawn
                    ? report.WithdrawnByStage.GetValueOrDefault(stage)
                    : report.Responses.Where(r => r.Stage == stage && r.Outcome == outcome).Sum(r => r.Count);
                return new KpiRow([outcome.Describe().Capitalised()], _stages.Select(s => Count($"{KeyOf(outcome)}|s{s}", AtStage(s)))
                    .Append(Count(KeyOf(outcome), _stages.Sum(AtStage))).ToList());
            }).ToList();
            int StageTotal(int stage) => report.Responses.Where(r => r.Stage == stage).Sum(r => r.Count) + report.WithdrawnByStage.GetValueOrDefault(stage);
            rows.Add(new KpiRow([Total], _stages.Select(s => Count($"OT|s{s}", StageTotal(s))).Append(Count("OT", _stages.Sum(StageTotal))).ToList(), IsTotal: true));

            // Responses without an outcome recorded are in the totals but in no row: a reader does not know how many.
            int NoOutcome(int stage) => report.Responses.Where(r => r.Stage == stage && r.Outcome is null).Sum(r => r.Count);
            foreach (var stage in _stages) Hidden($"O|none|s{stage}", NoOutcome(stage));
            Hidden("O|none", _stages.Sum(NoOutcome));
            var partKeys = ComplaintOutcomes.Select(KeyOf).Append("O|none").ToList();
            foreach (var part in partKeys) Sum(part, _stages.Select(s => $"{part}|s{s}"));
            foreach (var stage in _stages)
            {
                Sum($"OT|s{stage}", partKeys.Select(p => $"{p}|s{stage}"));
                Sum($"OT|s{stage}", [$"P|s{stage}", $"Wd|s{stage}"]);
                Sum($"P|s{stage}", partKeys.Where(p => p != "Wd").Select(p => $"{p}|s{stage}"));
            }

            Sum("OT", _stages.Select(s => $"OT|s{s}"));
            Sum("OT", partKeys);
            Sum("OT", ["P", "Wd"]);
            return new KpiTable(Outcomes, "Complaints by outcome", "Stage responses sent in the period by their outcome, and complaints withdrawn in the period.",
                ["Outcome"], StageColumns().Append(Total).ToList(), rows);
        }

        public KpiTable CategoriesTable()
        {
            var categoryIds = report.ReceivedByCategory.Select(r => r.CategoryId).Distinct()
                .OrderBy(id => id is { } c ? report.Categories.GetValueOrDefault(c, "Unknown category") : "~").ToList();
            int InCategory(int? id, int? stage = null) => report.ReceivedByCategory.Where(r => r.CategoryId == id && (stage is null || r.Stage == stage)).Sum(r => r.Count);
            string KeyOf(int? id) => $"R|c{id ?? 0}";
            var rows = categoryIds.Select(id => new KpiRow(
                    [id is { } c ? report.Categories.GetValueOrDefault(c, "Unknown category") : "No category recorded"],
                    _stages.Select(stage => Count($"{KeyOf(id)}|s{stage}", InCategory(id, stage))).Append(Count(KeyOf(id), InCategory(id))).ToList()))
                .ToList();
            rows.Add(new KpiRow([Total], _stages.Select(stage => Count($"R|s{stage}", Sum(r => r.Stage == stage))).Append(Count("R", report.ReceivedTotal)).ToList(), IsTotal: true));
            foreach (var id in categoryIds) Sum(KeyOf(id), _stages.Select(stage => $"{KeyOf(id)}|s{stage}"));
            foreach (var stage in _stages) Sum($"R|s{stage}", categoryIds.Select(id => $"{KeyOf(id)}|s{stage}"));
            Sum("R", categoryIds.Select(KeyOf));
            return new KpiTable(Categories, "Complaints by category", "Complaint stages opened in the period, by the kind of failing complained about.",
                ["Category"], StageColumns().Append(Total).ToList(), rows);
        }

        public KpiTable TimescalesTable()
        {
            var rows = _stages.Select(stage =>
            {
                var p = report.Stage(stage);
                var share = Share(p.ShareWithinTimescale, p.Responded, $"P|s{stage}", $"W|s{stage}", $"L|s{stage}");
                var rag = KpiCell.Of(report.RagFor(p.ShareWithinTimescale).Describe());
                var mostLate = p.Late == 0 ? KpiCell.Of(KpiCell.NoValueText) : Count(p.MaxWorkingDaysLate);
                Sum($"P|s{stage}", [$"W|s{stage}", $"L|s{stage}"]);
                return new KpiRow([$"Stage {stage}"],
                [
                    Count($"R|s{stage}", p.Received), Count($"P|s{stage}", p.Responded), Count($"W|s{stage}", p.WithinTimescale), Count($"L|s{stage}", p.Late), share,
                    // Red, amber or green says roughly what the percentage is, so it goes with it.
                    _figures is null || p.Responded == 0 ? rag : Pending(rag, () => _figures.RatioWithheld(p.Responded, [$"P|s{stage}", $"W|s{stage}", $"L|s{stage}"]) ? KpiCell.Withheld(KpiFormat.Text) : rag),
                    Ratio(KpiCell.Decimal(p.AverageWorkingDaysToRespond), p.Responded, $"P|s{stage}"),
                    Ratio(KpiCell.Decimal(p.AverageWorkingDaysLate), p.Late, $"L|s{stage}"),
                    _figures is null || p.Late == 0 ? mostLate : Pending(mostLate, () => _figures.RatioWithheld(p.Late, [$"L|s{stage}"]) ? KpiCell.Withheld(KpiFormat.Count) : mostLate),
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
            var rows = report.ServiceAreas.Select(a => AreaResponseRow([a.Value], $"|a{a.Key}", r => r.ServiceAreaId == a.Key, false)).ToList();
            rows.Add(AreaResponseRow([Total], "", _ => true, true));
            foreach (var measure in new[] { "P", "W", "L" })
            {
                Sum(measure, report.ServiceAreas.Keys.Select(a => $"{measure}|a{a}"));
                Sum(measure, _stages.Select(s => $"{measure}|s{s}"));
            }

            return new KpiTable(WithinByArea, "Responses within timescale by service area", "Stage responses sent in the period, all stages.",
                ["Service area"], ["Responses sent", "Within timescale", "Late", "% within timescale", "Average working days to respond"], rows);

            KpiRow AreaResponseRow(IReadOnlyList<string> labels, string suffix, Func<ResponseFigure, bool> where, bool isTotal)
            {
                var figures = report.Responses.Where(where).ToList();
                var sent = figures.Sum(r => r.Count);
                var within = figures.Where(r => !r.Late).Sum(r => r.Count);
                var (p, w, l) = ($"P{suffix}", $"W{suffix}", $"L{suffix}");
                Sum(p, [w, l]);
                return new KpiRow(labels,
                [
                    Count(p, sent), Count(w, within), Count(l, sent - within), Share(sent == 0 ? null : (double)within / sent, sent, p, w, l),
                    Ratio(KpiCell.Decimal(sent == 0 ? null : (double)figures.Sum(r => r.TotalWorkingDays) / sent), sent, p),
                ], isTotal);
            }
        }

        public KpiTable OmbudsmanTable()
        {
            var o = report.Ombudsman;
            var decisions = Enum.GetValues<OmbudsmanDecision>();
            var rows = new List<KpiRow> { Row("Enquiries received", Count("E", o.EnquiriesReceived)), Row("Decisions made", Count("D", o.DecisionsMade)) };
            rows.AddRange(decisions.Select(d => Row($"Decision: {d.Describe()}", Count($"D|{d}", o.Decisions.GetValueOrDefault(d)))));
            rows.AddRange(
            [
                Row("Upheld (fault found)", Count("U", o.Upheld)),
                Row("Upheld rate", Share(o.UpheldRate, o.DecisionsMade, "D", "U", Hidden("D|not-upheld", o.DecisionsMade - o.Upheld))),
                Row("Remedies recommended", Count("Rem", o.RemediesRecommended)),
                Row("Remedies complied with on time", Count("Rem|on-time", o.CompliedOnTime)),
                Row("Remedies complied with late", Count("Rem|late", o.CompliedLate)),
                Row($"Remedies overdue {AsAtText}", Count("Rem|overdue", o.ComplianceOverdue)),
                Row("Remedies not yet due", Count("Rem|not-yet-due", o.ComplianceNotYetDue)),
            ]);
            Sum("D", decisions.Select(d => $"D|{d}"));
            Sum("U", [$"D|{OmbudsmanDecision.FaultNoInjustice}", $"D|{OmbudsmanDecision.FaultAndInjustice}"]);
            Sum("D", ["U", "D|not-upheld"]);
            Sum("Rem", ["Rem|on-time", "Rem|late", "Rem|overdue", "Rem|not-yet-due"]);
            return new KpiTable(Ombudsman, "Ombudsman enquiries and decisions",
                "Enquiries received and decisions made in the period (Local Government and Social Care Ombudsman, Housing Ombudsman, ICO), with what became of the remedies decided.",
                ["Measure"], ["Value"], rows);
        }

        public KpiTable PromisedActionsTable()
        {
            var p = report.PromisedActions;
            var rows = new List<KpiRow>
            {
                Row("Promised actions due in the period", Count("PA", p.Due)),
                Row("Completed on time", Count("PA|on-time", p.CompletedOnTime)),
                Row("Completed late", Count("PA|late", p.CompletedLate)),
                Row("Still open", Count("PA|open", p.StillOpen)),
                Row($"Still open and overdue {AsAtText}", Count("PA|open|overdue", p.OpenOverdue)),
                Row("Completed on time (share of those due)", Share(p.ShareOnTime, p.Due, "PA", "PA|on-time")),
            };
            Sum("PA", ["PA|on-time", "PA|late", "PA|open"]);
            Sum("PA|open", ["PA|open|overdue", Hidden("PA|open|not-yet-due", p.OpenNotYetDue)]);
            return new KpiTable(PromisedActions, "Promised actions",
                "Actions promised in stage responses with a date in the period, and whether they were done by that date, done late or are still open.",
                ["Measure"], ["Value"], rows);
        }

        public KpiTable ImprovementActionsTable(ImprovementActionFigures i)
        {
            var rows = new List<KpiRow>
            {
                Row("Raised in the period", Count("IA|raised", i.RaisedInPeriod)),
                Row("Done in the period", Count("IA|done", i.DoneInPeriod)),
                Row("Dropped in the period", Count("IA|dropped", i.DroppedInPeriod)),
                Row($"Open {AsAtText}", Count("IA|open", i.OpenAtEnd)),
                Row($"Open and overdue {AsAtText}", Count("IA|open|overdue", i.OpenOverdue)),
            };
            Sum("IA|open", ["IA|open|overdue", Hidden("IA|open|not-yet-due", i.OpenNotYetDue)]);
            return new KpiTable(ImprovementActions, "Service improvement actions",
                "Changes to how services work, raised from complaints and Ombudsman decisions: raised, done and dropped in the period, and those still open.",
                ["Measure"], ["Value"], rows);
        }

        public KpiTable ContactsTable()
        {
            var classifications = Enum.GetValues<ContactClassification>();
            var rows = classifications
                .Select(c => new KpiRow([c.Describe()], [Count($"K|{c}", report.ContactsByClassification.GetValueOrDefault(c))], Key: Rows.Contacts(c)))
                .ToList();
            rows.Add(new KpiRow([Total], [Count("K", report.ContactsByClassification.Values.Sum())], IsTotal: true));
            rows.Add(Row("Service requests turned into complaints", Count("Converted", report.ServiceRequestsConvertedToComplaints)));
            Sum("K", classifications.Select(c => $"K|{c}"));
            return new KpiTable(Contacts, "Contacts recorded by classification",
                "Everything logged in the period by how it was classified: service requests are recorded and monitored but are not complaints.",
                ["Classification"], ["Contacts"], rows);
        }

        public KpiTable TrendTable()
        {
            var thisQuarter = (Stage1: report.Stage(1), Stage2: report.Stage(2));
            var rows = report.Trend.Select(t =>
            {
                // The period's own quarter is the same figures as the rest of the report, so it is the same figures here.
                var own = !report.Period.IsWholeYear && t.Quarter == report.Period.LastQuarter
                    && t.Stage1Received == thisQuarter.Stage1.Received && t.Stage2Received == thisQuarter.Stage2.Received
                    && t.Stage1Responded == thisQuarter.Stage1.Responded && t.Stage1Within == thisQuarter.Stage1.WithinTimescale
                    && t.Stage2Responded == thisQuarter.Stage2.Responded && t.Stage2Within == thisQuarter.Stage2.WithinTimescale;
                var q = $"T|{t.Quarter.FinancialYearStart}-Q{t.Quarter.Quarter}";
                string Key(string measure, int stage, int value) => own ? $"{measure}|s{stage}" : Hidden($"{q}|{measure}|s{stage}", value);
                var (p1, w1, l1) = (Key("P", 1, t.Stage1Responded), Key("W", 1, t.Stage1Within), Key("L", 1, t.Stage1Responded - t.Stage1Within));
                var (p2, w2, l2) = (Key("P", 2, t.Stage2Responded), Key("W", 2, t.Stage2Within), Key("L", 2, t.Stage2Responded - t.Stage2Within));
                var (r1, r2) = own ? ("R|s1", "R|s2") : ($"{q}|R|s1", $"{q}|R|s2");
                return new KpiRow([t.Quarter.Label],
                [
                    Count(r1, t.Stage1Received), Count(r2, t.Stage2Received), Share(t.Stage1ShareWithin, t.Stage1Responded, p1, w1, l1),
                    Share(t.Stage2ShareWithin, t.Stage2Responded, p2, w2, l2), Share(t.EscalationRate, t.Stage1Responded, r2, p1),
                ]);
            }).ToList();
            if (report.Period.IsWholeYear)
            {
                // A year's four quarters add up to the year.
                var quarters = report.Trend.TakeLast(4).Select(t => $"T|{t.Quarter.FinancialYearStart}-Q{t.Quarter.Quarter}").ToList();
                foreach (var stage in new[] { 1, 2 })
                {
                    Sum($"R|s{stage}", quarters.Select(q => $"{q}|R|s{stage}"));
                    foreach (var measure in new[] { "P", "W", "L" }) Sum($"{measure}|s{stage}", quarters.Select(q => $"{q}|{measure}|s{stage}"));
                }
            }

            return new KpiTable(Trend, "Trend over eight quarters", $"The eight quarters up to and including {report.Period.LastQuarter.Label}.",
                ["Quarter"], ["Stage 1 received", "Stage 2 received", "Stage 1 % within timescale", "Stage 2 % within timescale", "Escalation rate"], rows);
        }

        public KpiTable HousingTable()
        {
            var h = report.Housing!;
            var homes = h.Homes is { } n ? $"{n:N0} homes in {report.Period.YearLabel}" : $"the number of homes for {report.Period.YearLabel} has not been entered (Administration → Reporting)";
            // Filtered to the housing procedure, these are the report's own stage figures; otherwise a part of them no other table shows.
            string Key(string measure, int stage, int value, int reportValue) =>
                report.Filter.ProcedureId is not null && value == reportValue ? $"{measure}|s{stage}" : Hidden($"H|{measure}|s{stage}", value);
            var keys = new[] { h.Stage1, h.Stage2 }.Select(p =>
            {
                var all = report.Stage(p.Stage);
                return (Received: Key("R", p.Stage, p.Received, all.Received), Responded: Key("P", p.Stage, p.Responded, all.Responded),
                    Within: Key("W", p.Stage, p.WithinTimescale, all.WithinTimescale), Late: Key("L", p.Stage, p.Late, all.Late));
            }).ToList();
            var rows = new List<KpiRow>
            {
                Row("Homes owned", h.Homes is { } count ? new KpiCell(KpiFormat.Count, count, count.ToString("N0")) : KpiCell.Of("Not entered")),
                Row("Stage 1 complaints received", Count(keys[0].Received, h.Stage1.Received)),
                Row("Stage 2 complaints received", Count(keys[1].Received, h.Stage2.Received)),
                // Per 1,000 homes, with the homes shown, is the count itself.
                Row("CH01 (1): Stage 1 complaints per 1,000 homes", Ratio(KpiCell.Decimal(h.Ch01Stage1), h.Homes ?? 0, keys[0].Received)),
                Row("CH01 (2): Stage 2 complaints per 1,000 homes", Ratio(KpiCell.Decimal(h.Ch01Stage2), h.Homes ?? 0, keys[1].Received)),
                Row("CH02 (1): Stage 1 responses within the Code's timescale", Share(h.Ch02Stage1, h.Stage1.Responded, keys[0].Responded, keys[0].Within, keys[0].Late)),
                Row("CH02 (2): Stage 2 responses within the Code's timescale", Share(h.Ch02Stage2, h.Stage2.Responded, keys[1].Responded, keys[1].Within, keys[1].Late)),
            };
            var scope = report.Period.IsWholeYear ? "the year" : "the quarter (CH01 is reported annually: four quarters add up to the year's figure)";
            return new KpiTable(HousingMeasures, "Tenant Satisfaction Measures CH01 and CH02",
                $"Housing (landlord) procedure only, for {scope}; {homes}.", ["Measure"], ["Value"], rows);
        }

        private static KpiRow Row(string label, KpiCell cell, string? key = null) => new([label], [cell], Key: key);

        private int Sum(Func<ReceivedFigure, bool> where) => report.Received.Where(where).Sum(r => r.Count);

        private IEnumerable<string> StageColumns() => _stages.Select(s => $"Stage {s}");
    }
}
