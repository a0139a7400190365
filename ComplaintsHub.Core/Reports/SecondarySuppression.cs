namespace ComplaintsHub.Core.Reports;

/// <summary>
/// Decides which counts of a councillor's report are withheld so that no count from 1 to 4 can be worked out from
/// what is shown. Each figure is one quantity (the same figure in several tables is one figure, so it is withheld
/// everywhere or nowhere); each <see cref="Sum"/> states a total is its parts added up. Counts from 1 to 4 are withheld
/// first (primary suppression); then, until nothing changes, every sum that gives a withheld figure away has its
/// smallest shown non-zero part withheld too, or its total when no part can be (secondary suppression).
/// docs/kpi-definitions.md ("Councillors") states the rule.
/// </summary>
public sealed class SecondarySuppression
{
    public const int Threshold = 5;

    private readonly Dictionary<string, Figure> _figures = [];
    private readonly List<Addition> _sums = [];
    private readonly HashSet<string> _withheld = [];
    private bool _decided;

    /// <summary>A count shown in the report (in one or more places).</summary>
    public void Shown(string key, int value) => Add(key, value, shown: true);

    /// <summary>
    /// A count never shown as a number but which a shown percentage or average is made from (e.g. the responses
    /// behind a trend quarter's percentage): never withheld itself, but a ratio over it is withheld when it is 1 to 4.
    /// </summary>
    public void Hidden(string key, int value) => Add(key, value, shown: false);

    /// <summary>States that <paramref name="total"/> is the sum of <paramref name="parts"/> (every key already added).</summary>
    public void Sum(string total, IEnumerable<string> parts)
    {
        var list = parts.Distinct().ToList();
        if (!_figures.ContainsKey(total) || list.Any(p => !_figures.ContainsKey(p)))
        {
            throw new InvalidOperationException($"A sum names a figure that was not added: {total} = {string.Join(" + ", list)}.");
        }

        // A sum that does not hold in these figures (e.g. a count table out of step) gives a reader nothing exact to subtract.
        if (_figures[total].Value == list.Sum(p => _figures[p].Value)) _sums.Add(new Addition(total, list));
    }

    public bool Contains(string key) => _figures.ContainsKey(key);

    public int ValueOf(string key) => _figures[key].Value;

    /// <summary>True for a shown count that must not be shown (small, or one a small count could be worked out from).</summary>
    public bool IsWithheld(string key)
    {
        Decide();
        return _withheld.Contains(key);
    }

    /// <summary>True for a count from 1 to 4 (withheld as "&lt;5"); other withheld counts are secondary.</summary>
    public static bool IsSmall(int value) => value is > 0 and < Threshold;

    /// <summary>
    /// Whether a ratio over these counts must be withheld: its denominator is under 5, or any count it is made from is
    /// withheld, or is a hidden count from 1 to 4 (which the ratio and the other counts would give away).
    /// </summary>
    public bool RatioWithheld(int denominator, IEnumerable<string> madeFrom)
    {
        Decide();
        return denominator < Threshold || madeFrom.Any(key => _figures[key].Shown ? _withheld.Contains(key) : IsSmall(_figures[key].Value));
    }

    private void Add(string key, int value, bool shown)
    {
        if (_decided) throw new InvalidOperationException("Figures are added before anything is asked of them.");
        if (_figures.TryGetValue(key, out var existing))
        {
            if (existing.Value != value) throw new InvalidOperationException($"The figure {key} is {existing.Value} in one place and {value} in another.");
            // Shown anywhere is shown.
            if (shown && !existing.Shown) _figures[key] = existing with { Shown = true };
            return;
        }

        _figures[key] = new Figure(key, value, shown, _figures.Count);
    }

    private void Decide()
    {
        if (_decided) return;
        _decided = true;
        foreach (var figure in _figures.Values.Where(f => f.Shown && IsSmall(f.Value))) _withheld.Add(figure.Key);

        while (true)
        {
            var exposed = _sums.FirstOrDefault(GivesAway);
            if (exposed is null)
            {
                var determined = DeterminedByAllSums();
                if (determined is null) return;
                // Withheld in the sum that can take it with the fewest figures still unknown, so the next pass sees it.
                exposed = _sums.Where(s => s.Members.Contains(determined) && Complement(s) is not null)
                    .OrderBy(s => s.Members.Count(m => Unknown(_figures[m]))).FirstOrDefault();
                if (exposed is null) return;
            }

            var complement = Complement(exposed);
            if (complement is null)
            {
                // Nothing left to withhold in this sum: every figure in it is already withheld or zero. That cannot give a
                // figure away (a zero is no secret), so it is set aside rather than looped on.
                _sums.Remove(exposed);
                continue;
            }

            _withheld.Add(complement.Key);
        }
    }

    private bool Unknown(Figure figure) => figure.Shown ? _withheld.Contains(figure.Key) : figure.Value != 0;

    /// <summary>
    /// Whether one sum on its own gives a withheld figure away: it is the only unknown in the sum; or the withheld parts
    /// of a shown total add up to 1–4 (a small count of its own); or what a reader knows of each unknown (1–4 for
    /// "&lt;5", 5 or more for a secondary one, 0 or more for a hidden one) and the sum leave only one value possible.
    /// </summary>
    private bool GivesAway(Addition sum)
    {
        var unknowns = sum.Members.Where(m => Unknown(_figures[m])).ToList();
        if (unknowns.Count == 0) return false;
        if (unknowns.Count == 1) return Protected(_figures[unknowns[0]]);

        var total = _figures[sum.Total];
        var knownParts = sum.Parts.Where(p => !Unknown(_figures[p])).Sum(p => _figures[p].Value);
        if (!Unknown(total) && IsSmall(total.Value - knownParts)) return true;

        // parts - total = 0, over the unknowns: Σ sign·x = rhs.
        var rhs = (Unknown(total) ? 0 : total.Value) - knownParts;
        var terms = unknowns.Select(m => (Key: m, Sign: m == sum.Total ? -1 : 1, Range: RangeOf(_figures[m]))).ToList();
        foreach (var term in terms)
        {
            long low = 0, high = 0;
            var unbounded = (Low: false, High: false);
            foreach (var other in terms.Where(t => t.Key != term.Key))
            {
                var (min, max) = other.Sign > 0 ? (other.Range.Low, other.Range.High) : (-other.Range.High, -other.Range.Low);
                if (min is null) unbounded.Low = true; else low += min.Value;
                if (max is null) unbounded.High = true; else high += max.Value;
            }

            // sign·x = rhs − Σ others, so x lies in sign·[rhs − high, rhs − low].
            long? from = unbounded.High ? null : rhs - high;
            long? to = unbounded.Low ? null : rhs - low;
            if (term.Sign < 0) (from, to) = (to is null ? null : -to, from is null ? null : -from);
            var lowest = Math.Max(from ?? long.MinValue, term.Range.Low ?? long.MinValue);
            var highest = Math.Min(to ?? long.MaxValue, term.Range.High ?? long.MaxValue);
            if (lowest >= highest && Protected(_figures[term.Key])) return true;
        }

        return false;
    }

    /// <summary>A withheld count must stay unknown; a hidden one only when it is 1 to 4 (a hidden 30 may be worked out).</summary>
    private static bool Protected(Figure figure) => figure.Shown || IsSmall(figure.Value);

    private (long? Low, long? High) RangeOf(Figure figure) =>
        !figure.Shown ? (0, null) : IsSmall(figure.Value) ? (1, Threshold - 1) : (Threshold, null);

    /// <summary>The smallest shown, non-zero part not yet withheld (the earliest added on a tie), else the total.</summary>
    private Figure? Complement(Addition sum)
    {
        static bool Candidate(Figure f, HashSet<string> withheld) => f.Shown && f.Value != 0 && !withheld.Contains(f.Key);
        return sum.Parts.Select(p => _figures[p]).Where(f => Candidate(f, _withheld)).OrderBy(f => f.Value).ThenBy(f => f.Order).FirstOrDefault()
            ?? (Candidate(_figures[sum.Total], _withheld) ? _figures[sum.Total] : null);
    }

    /// <summary>
    /// A withheld figure that all the sums together pin to one value even though no single sum does (e.g. through a
    /// table's rows and columns and another table's total): Gauss–Jordan elimination over the unknowns.
    /// </summary>
    private string? DeterminedByAllSums()
    {
        var unknowns = _figures.Values.Where(Unknown).OrderBy(f => f.Order).Select(f => f.Key).ToList();
        if (unknowns.Count == 0) return null;
        var column = unknowns.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i);
        var rows = _sums.Where(s => s.Members.Any(column.ContainsKey)).Select(s =>
        {
            var row = new double[unknowns.Count];
            foreach (var part in s.Parts.Where(column.ContainsKey)) row[column[part]] += 1;
            if (column.TryGetValue(s.Total, out var t)) row[t] -= 1;
            return row;
        }).ToList();

        const double Tolerance = 1e-9;
        var pivotRow = 0;
        for (var c = 0; c < unknowns.Count && pivotRow < rows.Count; c++)
        {
            var best = Enumerable.Range(pivotRow, rows.Count - pivotRow).MaxBy(r => Math.Abs(rows[r][c]));
            if (Math.Abs(rows[best][c]) < Tolerance) continue;
            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var pivot = rows[pivotRow][c];
            for (var k = 0; k < unknowns.Count; k++) rows[pivotRow][k] /= pivot;
            for (var r = 0; r < rows.Count; r++)
            {
                if (r == pivotRow || Math.Abs(rows[r][c]) < Tolerance) continue;
                var factor = rows[r][c];
                for (var k = 0; k < unknowns.Count; k++) rows[r][k] -= factor * rows[pivotRow][k];
            }

            pivotRow++;
        }

        // A reduced row with a single non-zero entry fixes that unknown. Hidden counts are never shown, so only a shown one matters.
        return rows.Take(pivotRow)
            .Select(row => Enumerable.Range(0, unknowns.Count).Where(k => Math.Abs(row[k]) >= Tolerance).ToList())
            .Where(nonZero => nonZero.Count == 1)
            .Select(nonZero => unknowns[nonZero[0]])
            .FirstOrDefault(key => _figures[key].Shown);
    }

    private sealed record Figure(string Key, int Value, bool Shown, int Order);

    private sealed record Addition(string Total, IReadOnlyList<string> Parts)
    {
        public IEnumerable<string> Members => Parts.Prepend(Total);
    }
}
