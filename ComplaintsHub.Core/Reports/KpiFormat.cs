namespace ComplaintsHub.Core.Reports;

public enum KpiFormat
{
    Count,
    /// <summary>A share, 0–1, shown as a percentage.</summary>
    Percent,
    /// <summary>A figure with one decimal place (averages, rates per 1,000 homes).</summary>
    Decimal,
    Text,
}
