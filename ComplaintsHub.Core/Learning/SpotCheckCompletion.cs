using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Learning;

/// <summary>The completion of a quarter's spot checks, per head of service, and where the checks found failings.</summary>
public sealed record SpotCheckCompletion(FinancialQuarter Quarter, IReadOnlyList<SpotCheckCompletionRow> Rows, IReadOnlyList<SpotCheckQuestionCount> Failings);
