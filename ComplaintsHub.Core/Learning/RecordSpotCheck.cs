using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>A head of service's checklist answers and findings for one case of their quarter's sample.</summary>
public sealed record RecordSpotCheck(FinancialQuarter Quarter, int CaseId, IReadOnlyDictionary<SpotCheckQuestion, SpotCheckAnswer> Answers, string? Findings);
