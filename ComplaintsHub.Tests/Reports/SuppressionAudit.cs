using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Tests.Reports;

/// <summary>
/// What a reader of a councillor's tables could work out from the tables alone, independently of how KpiTables decides
/// what to withhold: every row, column and total the layout implies, every figure repeated in another table or tile, and
/// every percentage or average. <see cref="Problems"/> lists each way a withheld count could be worked out.
/// </summary>
public static class SuppressionAudit
{
    private sealed record Position(string Table, int Row, int Column);

    public static IReadOnlyList<string> Problems(IReadOnlyList<KpiTable> tables, KpiReport report)
    {
        var problems = new List<string>();
        var byKey = tables.ToDictionary(t => t.Key);
        var (same, sums) = Relations(byKey, report);
        problems.AddRange(Recoveries(byKey, same, sums));
        problems.AddRange(Ratios(byKey, report));
        return problems;
    }

    /// <summary>A withheld cell is "&lt;5" or "[c]": either way the reader has no number for it.</summary>
    public static bool Hidden(KpiCell cell) => cell.IsSuppressed || cell.IsWithheld;

    private static KpiCell CellAt(IReadOnlyDictionary<string, KpiTable> tables, Position p) => tables[p.Table].Rows[p.Row].Cells[p.Column];

    /// <summary>Cells that are one figure, and sums (total, parts) a reader can write down from the layout.</summary>
    private static (List<List<Position>> Same, List<(Position Total, List<Position> Parts)> Sums) Relations(IReadOnlyDictionary<string, KpiTable> tables, KpiReport report)
    {
        var same = new List<List<Position>>();
        var sums = new List<(Position Total, List<Position> Parts)>();

        int TotalRow(string key) => tables[key].Rows.ToList().FindIndex(r => r.IsTotal);
        IEnumerable<int> DataRows(string key) => Enumerable.Range(0, TotalRow(key));
        int RowLabelled(string key, string label) => tables[key].Rows.ToList().FindIndex(r => r.Labels[0] == label);

        // Tables whose last column is the row total and whose last row is the column total.
        foreach (var key in new[] { KpiTables.ReceivedByMonth, KpiTables.ReceivedBySubject, KpiTables.Outcomes, KpiTables.Categories, KpiTables.ReceivedByTimescale })
        {
            var table = tables[key];
            var totalColumn = key == KpiTables.ReceivedByTimescale ? Enum.GetValues<AnswerState>().Length : table.ValueColumns.Count - 1;
            for (var r = 0; r < table.Rows.Count; r++) sums.Add((new(key, r, totalColumn), Enumerable.Range(0, totalColumn).Select(c => new Position(key, r, c)).ToList()));
            for (var c = 0; c <= totalColumn; c++) sums.Add((new(key, TotalRow(key), c), DataRows(key).Select(r => new Position(key, r, c)).ToList()));
        }

        // Responses sent = within + late, by row, and down the area table's columns.
        var within = tables[KpiTables.WithinByArea];
        for (var r = 0; r < within.Rows.Count; r++) sums.Add((new(KpiTables.WithinByArea, r, 0), [new(KpiTables.WithinByArea, r, 1), new(KpiTables.WithinByArea, r, 2)]));
        for (var c = 0; c < 3; c++) sums.Add((new(KpiTables.WithinByArea, TotalRow(KpiTables.WithinByArea), c), DataRows(KpiTables.WithinByArea).Select(r => new Position(KpiTables.WithinByArea, r, c)).ToList()));
        var timescales = tables[KpiTables.Timescales];
        var stageRows = Enumerable.Range(0, timescales.Rows.Count).ToList();
        foreach (var r in stageRows) sums.Add((new(KpiTables.Timescales, r, 1), [new(KpiTables.Timescales, r, 2), new(KpiTables.Timescales, r, 3)]));
        for (var c = 1; c <= 3; c++) sums.Add((new(KpiTables.WithinByArea, TotalRow(KpiTables.WithinByArea), c - 1), stageRows.Select(r => new Position(KpiTables.Timescales, r, c)).ToList()));

        // Outcomes: each stage's total is its responses plus its withdrawals.
        var withdrawnRow = RowLabelled(KpiTables.Outcomes, Outcome.Withdrawn.Describe().Capitalised());
        foreach (var r in stageRows)
        {
            sums.Add((new(KpiTables.Outcomes, TotalRow(KpiTables.Outcomes), r), [new(KpiTables.Timescales, r, 1), new(KpiTables.Outcomes, withdrawnRow, r)]));
        }

        // Headline tiles and the tables that repeat them.
        var headline = tables[KpiTables.Headline];
        int Tile(string label) => headline.Rows.ToList().FindIndex(r => r.Labels[0] == label);
        var received = new Position(KpiTables.Headline, Tile("Complaints received (all stages)"), 0);
        same.Add([received, .. new[] { KpiTables.ReceivedByMonth, KpiTables.ReceivedBySubject, KpiTables.Categories }.Select(k => new Position(k, TotalRow(k), tables[k].ValueColumns.Count - 1)),
            new(KpiTables.ReceivedByTimescale, TotalRow(KpiTables.ReceivedByTimescale), Enum.GetValues<AnswerState>().Length)]);
        same.Add([new(KpiTables.Headline, Tile("Responses sent (all stages)"), 0), new(KpiTables.WithinByArea, TotalRow(KpiTables.WithinByArea), 0)]);
        var stageTiles = new List<Position>();
        foreach (var r in stageRows)
        {
            var stage = report.StageNumbers[r];
            var cells = new List<Position>
            {
                new(KpiTables.Timescales, r, 0),
                new(KpiTables.ReceivedBySubject, TotalRow(KpiTables.ReceivedBySubject), r),
                new(KpiTables.Categories, TotalRow(KpiTables.Categories), r),
            };
            if (stage <= 2)
            {
                cells.Add(new(KpiTables.Headline, Tile($"Stage {stage} complaints received"), 0));
                if (!report.Period.IsWholeYear) cells.Add(new(KpiTables.Trend, tables[KpiTables.Trend].Rows.Count - 1, stage - 1));
                if (tables.ContainsKey(KpiTables.HousingMeasures) && report.Filter.ProcedureId is not null) cells.Add(new(KpiTables.HousingMeasures, stage, 0));
            }

            same.Add(cells);
            stageTiles.Add(cells[0]);
        }

        sums.Add((received, stageTiles));
        sums.Add((new(KpiTables.Headline, Tile("Responses sent (all stages)"), 0), stageRows.Select(r => new Position(KpiTables.Timescales, r, 1)).ToList()));
        if (report.Period.IsWholeYear)
        {
            var trend = tables[KpiTables.Trend];
            for (var stage = 1; stage <= 2; stage++)
            {
                sums.Add((new(KpiTables.Timescales, stage - 1, 0), Enumerable.Range(trend.Rows.Count - 4, 4).Select(r => new Position(KpiTables.Trend, r, stage - 1)).ToList()));
            }
        }

        // An area's total is in the month, subject and timescale tables.
        foreach (var area in report.ServiceAreas.Values)
        {
            same.Add([new(KpiTables.ReceivedByMonth, RowLabelled(KpiTables.ReceivedByMonth, area), tables[KpiTables.ReceivedByMonth].ValueColumns.Count - 1),
                new(KpiTables.ReceivedByTimescale, RowLabelled(KpiTables.ReceivedByTimescale, area), Enum.GetValues<AnswerState>().Length)]);
            var subjects = tables[KpiTables.ReceivedBySubject];
            var subjectRows = Enumerable.Range(0, subjects.Rows.Count).Where(r => !subjects.Rows[r].IsTotal && subjects.Rows[r].Labels[0] == area).ToList();
            sums.Add((new(KpiTables.ReceivedByMonth, RowLabelled(KpiTables.ReceivedByMonth, area), tables[KpiTables.ReceivedByMonth].ValueColumns.Count - 1),
                subjectRows.Select(r => new Position(KpiTables.ReceivedBySubject, r, subjects.ValueColumns.Count - 1)).ToList()));
        }

        // Ombudsman, contacts and the tiles that repeat them.
        int Measure(string label) => RowLabelled(KpiTables.Ombudsman, label);
        Position Ombudsman(string label) => new(KpiTables.Ombudsman, Measure(label), 0);
        var decisions = Enum.GetValues<OmbudsmanDecision>();
        sums.Add((Ombudsman("Decisions made"), decisions.Select(d => Ombudsman($"Decision: {d.Describe()}")).ToList()));
        sums.Add((Ombudsman("Upheld (fault found)"), [Ombudsman($"Decision: {OmbudsmanDecision.FaultNoInjustice.Describe()}"), Ombudsman($"Decision: {OmbudsmanDecision.FaultAndInjustice.Describe()}")]));
        var remedies = tables[KpiTables.Ombudsman].Rows.Select((row, i) => (row, i)).Where(x => x.row.Labels[0].StartsWith("Remedies ", StringComparison.Ordinal) && x.row.Labels[0] != "Remedies recommended")
            .Select(x => new Position(KpiTables.Ombudsman, x.i, 0)).ToList();
        sums.Add((Ombudsman("Remedies recommended"), remedies));
        same.Add([new(KpiTables.Headline, Tile("Ombudsman enquiries received"), 0), Ombudsman("Enquiries received")]);
        same.Add([new(KpiTables.Headline, Tile("Ombudsman decisions"), 0), Ombudsman("Decisions made")]);
        same.Add([new(KpiTables.Headline, Tile("Ombudsman decisions upheld (fault found)"), 0), Ombudsman("Upheld (fault found)")]);
        var contactsTotal = TotalRow(KpiTables.Contacts);
        sums.Add((new(KpiTables.Contacts, contactsTotal, 0), Enumerable.Range(0, contactsTotal).Select(r => new Position(KpiTables.Contacts, r, 0)).ToList()));
        same.Add([new(KpiTables.Headline, Tile("Service requests recorded"), 0), new(KpiTables.Contacts, RowLabelled(KpiTables.Contacts, ContactClassification.ServiceRequest.Describe()), 0)]);
        return (same, sums);
    }

    /// <summary>Repeated subtraction: any sum with one unknown figure gives it; any figure shown in one place gives it everywhere.</summary>
    private static IEnumerable<string> Recoveries(IReadOnlyDictionary<string, KpiTable> tables, List<List<Position>> same, List<(Position Total, List<Position> Parts)> sums)
    {
        var figureOf = new Dictionary<Position, int>();
        var figures = new List<List<Position>>();
        int FigureOf(Position p)
        {
            if (figureOf.TryGetValue(p, out var f)) return f;
            figures.Add([p]);
            return figureOf[p] = figures.Count - 1;
        }

        foreach (var group in same)
        {
            var target = FigureOf(group[0]);
            foreach (var p in group.Skip(1))
            {
                var other = FigureOf(p);
                if (other == target) continue;
                foreach (var moved in figures[other]) figureOf[moved] = target;
                figures[target].AddRange(figures[other]);
                figures[other] = [];
            }
        }

        var known = new Dictionary<int, double>();
        var withheld = new HashSet<int>();
        foreach (var p in figureOf.Keys.Concat(sums.SelectMany(s => s.Parts.Prepend(s.Total))).Distinct().ToList())
        {
            var f = FigureOf(p);
            var cell = CellAt(tables, p);
            if (Hidden(cell)) withheld.Add(f);
            else if (cell.Value is { } v) known[f] = v;
        }

        foreach (var f in withheld.Where(known.ContainsKey))
        {
            yield return $"{Describe(tables, figures[f][0])} is withheld in one place and shown in another";
        }

        foreach (var (total, parts) in sums)
        {
            var unknownParts = parts.Where(p => !known.ContainsKey(FigureOf(p))).Select(FigureOf).Distinct().ToList();
            if (known.TryGetValue(FigureOf(total), out var t) && unknownParts.Count > 1)
            {
                var rest = t - parts.Select(FigureOf).Distinct().Where(known.ContainsKey).Sum(f => known[f]);
                if (rest is > 0 and < 5) yield return $"the withheld parts of {Describe(tables, total)} add up to {rest}, a small count";
            }
        }

        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var (total, parts) in sums)
            {
                var members = parts.Select(FigureOf).Distinct().ToList();
                var totalFigure = FigureOf(total);
                var unknown = members.Append(totalFigure).Distinct().Where(f => !known.ContainsKey(f)).ToList();
                if (unknown.Count != 1) continue;
                var solved = unknown[0];
                var value = solved == totalFigure
                    ? members.Sum(f => known[f])
                    : known[totalFigure] - members.Where(f => f != solved).Sum(f => known[f]);
                known[solved] = value;
                progress = true;
                if (withheld.Contains(solved)) yield return $"{Describe(tables, figures[solved][0])} can be worked out as {value} from {Describe(tables, total)}";
            }
        }
    }

    /// <summary>No percentage or average over fewer than five, or over a withheld count, or that would give a small count away.</summary>
    private static IEnumerable<string> Ratios(IReadOnlyDictionary<string, KpiTable> tables, KpiReport report)
    {
        static bool Small(int n) => n is > 0 and < 5;

        var within = tables[KpiTables.WithinByArea];
        foreach (var row in within.Rows)
        {
            var counts = row.Cells.Take(3).ToList();
            if (!Hidden(row.Cells[3]) && row.Cells[3].Value is not null && (counts.Any(Hidden) || counts[0].Value < 5)) yield return $"{within.Key} {row.Labels[0]}: % within timescale over {counts[0].Text} shown";
            if (!Hidden(row.Cells[4]) && row.Cells[4].Value is not null && (Hidden(counts[0]) || counts[0].Value < 5)) yield return $"{within.Key} {row.Labels[0]}: average over {counts[0].Text} shown";
        }

        foreach (var row in tables[KpiTables.Timescales].Rows)
        {
            var (sent, withinCount, late) = (row.Cells[1], row.Cells[2], row.Cells[3]);
            var overSmall = Hidden(sent) || Hidden(withinCount) || Hidden(late) || sent.Value < 5;
            if (!Hidden(row.Cells[4]) && row.Cells[4].Value is not null && overSmall) yield return $"timescales {row.Labels[0]}: % over {sent.Text} shown";
            if (Hidden(row.Cells[4]) && !Hidden(row.Cells[5])) yield return $"timescales {row.Labels[0]}: red, amber or green shown for a withheld percentage";
            if (!Hidden(row.Cells[6]) && row.Cells[6].Value is not null && (Hidden(sent) || sent.Value < 5)) yield return $"timescales {row.Labels[0]}: average over {sent.Text} shown";
            if (!Hidden(row.Cells[7]) && row.Cells[7].Value is not null && (Hidden(late) || late.Value < 5)) yield return $"timescales {row.Labels[0]}: average late over {late.Text} shown";
        }

        var states = Enum.GetValues<AnswerState>().Length;
        foreach (var row in tables[KpiTables.ReceivedByTimescale].Rows)
        {
            var (w, l) = (row.Cells[(int)AnswerState.WithinTimescale], row.Cells[(int)AnswerState.OutsideTimescale]);
            if (!Hidden(row.Cells[states + 1]) && row.Cells[states + 1].Value is not null && (Hidden(w) || Hidden(l) || w.Value + l.Value < 5))
            {
                yield return $"received by timescale {row.Labels[0]}: % over {w.Text} + {l.Text} shown";
            }
        }

        // Ratios whose counts are not all in a table: judged against the report's own numbers.
        var headline = tables[KpiTables.Headline];
        KpiCell Tile(string label) => headline.Rows.Single(r => r.Labels[0] == label).Cells[0];
        var checks = new List<(string What, KpiCell Cell, int Denominator, int[] Parts)>
        {
            ("within timescale tile", Tile("Responses within timescale"), report.RespondedTotal, [report.Responses.Where(r => !r.Late).Sum(r => r.Count), report.Responses.Where(r => r.Late).Sum(r => r.Count)]),
            ("escalation rate tile", Tile("Escalation rate (Stage 2 received ÷ Stage 1 responses)"), report.Stage(1).Responded, [report.Stage(2).Received]),
            ("allocated share", Tile("Open complaints with an allocated officer"), report.OpenAtEnd, [report.OpenWithAllocatedOfficer, report.OpenAtEnd - report.OpenWithAllocatedOfficer]),
            ("closed with outcome", Tile("Closed complaints with an outcome recorded"), report.ClosedInPeriod, [report.ClosedWithOutcome, report.ClosedInPeriod - report.ClosedWithOutcome]),
        };
        foreach (var stage in new[] { 1, 2 })
        {
            var p = report.Stage(stage);
            checks.Add(($"Stage {stage} within tile", Tile($"Stage {stage} responses within timescale"), p.Responded, [p.WithinTimescale, p.Late]));
            checks.Add(($"Stage {stage} average tile", Tile($"Average working days to respond (Stage {stage})"), p.Responded, []));
        }

        var trend = tables[KpiTables.Trend];
        for (var i = 0; i < report.Trend.Count; i++)
        {
            var t = report.Trend[i];
            var cells = trend.Rows[i].Cells;
            checks.Add(($"{t.Quarter.Label} Stage 1 %", cells[2], t.Stage1Responded, [t.Stage1Within, t.Stage1Responded - t.Stage1Within]));
            checks.Add(($"{t.Quarter.Label} Stage 2 %", cells[3], t.Stage2Responded, [t.Stage2Within, t.Stage2Responded - t.Stage2Within]));
            checks.Add(($"{t.Quarter.Label} escalation", cells[4], t.Stage1Responded, [t.Stage2Received]));
        }

        var o = report.Ombudsman;
        checks.Add(("Ombudsman upheld rate", tables[KpiTables.Ombudsman].Rows.Single(r => r.Labels[0] == "Upheld rate").Cells[0], o.DecisionsMade, [o.Upheld, o.DecisionsMade - o.Upheld]));
        if (report.Housing is { } h && tables.TryGetValue(KpiTables.HousingMeasures, out var housing))
        {
            checks.Add(("CH01 (1)", housing.Rows[3].Cells[0], h.Homes is > 0 ? 5 : 0, [h.Stage1.Received]));
            checks.Add(("CH01 (2)", housing.Rows[4].Cells[0], h.Homes is > 0 ? 5 : 0, [h.Stage2.Received]));
            checks.Add(("CH02 (1)", housing.Rows[5].Cells[0], h.Stage1.Responded, [h.Stage1.WithinTimescale, h.Stage1.Late]));
            checks.Add(("CH02 (2)", housing.Rows[6].Cells[0], h.Stage2.Responded, [h.Stage2.WithinTimescale, h.Stage2.Late]));
        }

        foreach (var (what, cell, denominator, parts) in checks)
        {
            if (Hidden(cell) || cell.Value is null) continue;
            if (denominator < 5) yield return $"{what} shown over {denominator}";
            else if (parts.Any(Small)) yield return $"{what} shown though it gives away a count of {parts.First(Small)}";
        }
    }

    private static string Describe(IReadOnlyDictionary<string, KpiTable> tables, Position p)
    {
        var table = tables[p.Table];
        return $"{p.Table} [{string.Join(", ", table.Rows[p.Row].Labels.Where(l => l != ""))}; {table.ValueColumns[p.Column]}]";
    }
}
