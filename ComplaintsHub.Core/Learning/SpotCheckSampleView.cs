using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Learning;

/// <summary>A head of service's sample for a quarter: the areas it was drawn from, how many closed, and the cases drawn.</summary>
public sealed record SpotCheckSampleView(FinancialQuarter Quarter, Guid HeadOfServiceId, string Name, IReadOnlyList<string> Areas, int Closed,
    IReadOnlyList<SpotCheckSampleRow> Rows, bool MayRecord);
