namespace ComplaintsHub.Core.Calendar;

/// <summary>A financial-year quarter: Q1 is April to June.</summary>
public sealed record FinancialQuarter(int FinancialYearStart, int Quarter)
{
    public DateOnly Start => new DateOnly(FinancialYearStart, 4, 1).AddMonths((Quarter - 1) * 3);
    public DateOnly End => Start.AddMonths(3).AddDays(-1);
    public string Label => $"Q{Quarter} {YearLabel(FinancialYearStart)}";
    /// <summary>How a quarter is written in an address: "2026-Q2".</summary>
    public string Key => $"{FinancialYearStart}-Q{Quarter}";

    /// <summary>A financial year as councils write it: 2026 is "2026/27".</summary>
    public static string YearLabel(int financialYearStart) => $"{financialYearStart}/{(financialYearStart + 1) % 100:00}";

    public FinancialQuarter Previous => Quarter == 1 ? new(FinancialYearStart - 1, 4) : new(FinancialYearStart, Quarter - 1);

    public static FinancialQuarter Containing(DateOnly date)
    {
        var fyStart = date.Month >= 4 ? date.Year : date.Year - 1;
        var monthsIn = (date.Month + 12 - 4) % 12;
        return new FinancialQuarter(fyStart, monthsIn / 3 + 1);
    }
}
