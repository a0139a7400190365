using System.Globalization;
using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// A financial-year quarter (Q1 = April–June) or a whole financial year (April–March). The key is what the
/// dashboard puts in its URL: <c>2026-Q1</c> or <c>2026</c> for 2026/27.
/// </summary>
public sealed record ReportPeriod
{
    private ReportPeriod(int financialYearStart, int? quarter)
    {
        FinancialYearStart = financialYearStart;
        Quarter = quarter;
    }

    public int FinancialYearStart { get; }
    /// <summary>1–4, or null for the whole year.</summary>
    public int? Quarter { get; }

    public static ReportPeriod ForQuarter(FinancialQuarter quarter) => new(quarter.FinancialYearStart, quarter.Quarter);
    public static ReportPeriod ForQuarter(int financialYearStart, int quarter) =>
        quarter is >= 1 and <= 4 ? new(financialYearStart, quarter) : throw new ArgumentOutOfRangeException(nameof(quarter), "A financial year has quarters 1 to 4.");
    public static ReportPeriod ForYear(int financialYearStart) => new(financialYearStart, null);
    public static ReportPeriod QuarterContaining(DateOnly date) => ForQuarter(FinancialQuarter.Containing(date));

    /// <summary>
    /// The quarter before the one <paramref name="today"/> is in: the latest whose figures are final, which is what
    /// councillors and the complaints team report on (the running quarter's figures still move every day).
    /// </summary>
    public static ReportPeriod LastCompleteQuarter(DateOnly today) => ForQuarter(FinancialQuarter.Containing(today).Previous);

    public bool IsWholeYear => Quarter is null;
    public DateOnly Start => IsWholeYear ? new FinancialQuarter(FinancialYearStart, 1).Start : LastQuarter.Start;
    public DateOnly End => LastQuarter.End;
    public string YearLabel => FinancialQuarter.YearLabel(FinancialYearStart);
    public string Label => IsWholeYear ? $"Year {YearLabel}" : $"Q{Quarter} {YearLabel}";
    public string LongLabel => $"{Label} ({Start:d MMMM yyyy} to {End:d MMMM yyyy})";
    public string Key => IsWholeYear ? FinancialYearStart.ToString(CultureInfo.InvariantCulture) : LastQuarter.Key;

    /// <summary>The first day of each month in the period, in order.</summary>
    public IReadOnlyList<DateOnly> Months => Enumerable.Range(0, IsWholeYear ? 12 : 3).Select(i => Start.AddMonths(i)).ToList();

    /// <summary>The quarter the period ends with.</summary>
    public FinancialQuarter LastQuarter => new(FinancialYearStart, Quarter ?? 4);

    /// <summary>The eight quarters ending with the period's last quarter, oldest first.</summary>
    public IReadOnlyList<FinancialQuarter> TrendQuarters => QuartersEndingWith(LastQuarter, 8);

    /// <summary><paramref name="count"/> quarters ending with <paramref name="last"/>, oldest first.</summary>
    public static IReadOnlyList<FinancialQuarter> QuartersEndingWith(FinancialQuarter last, int count)
    {
        var quarters = new List<FinancialQuarter>();
        for (var quarter = last; quarters.Count < count; quarter = quarter.Previous) quarters.Insert(0, quarter);
        return quarters;
    }

    /// <summary>What a period choice offers: the last twelve quarters (the running one first) and the last three financial years up to today's, newest first, plus <paramref name="selected"/>.</summary>
    public static IReadOnlyList<ReportPeriod> Choices(DateOnly today, ReportPeriod selected)
    {
        var current = QuarterContaining(today);
        var quarters = QuartersEndingWith(current.LastQuarter, 12).Reverse().Select(ForQuarter);
        var years = Enumerable.Range(0, 3).Select(i => ForYear(current.FinancialYearStart - i));
        return quarters.Concat(years).Append(selected).DistinctBy(p => p.Key).ToList();
    }

    public static bool TryParse(string? key, out ReportPeriod period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(key)) return false;
        var parts = key.Trim().Split("-Q", StringSplitOptions.None);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100) return false;
        if (parts.Length == 1)
        {
            period = ForYear(year);
            return true;
        }

        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) || quarter is < 1 or > 4) return false;
        period = ForQuarter(year, quarter);
        return true;
    }

    public override string ToString() => Key;
}
