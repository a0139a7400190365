using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>A recorded spot check as read back: the answers, the findings, who checked and when.</summary>
public sealed record SpotCheckRecord(int Id, IReadOnlyDictionary<SpotCheckQuestion, SpotCheckAnswer> Answers, string? Findings, string CheckedBy, DateOnly CheckedOn, int NoAnswers);
