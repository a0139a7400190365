namespace ComplaintsHub.Core.Queries;

/// <summary>A case's risk flags: those in force (its own and its complainant's), every one ever raised, and the hazard deadlines they start.</summary>
public sealed record CaseRiskFlags(IReadOnlyList<CaseRiskFlag> Active, IReadOnlyList<CaseRiskFlag> History, IReadOnlyList<HazardDeadline> HazardDeadlines)
{
    public static CaseRiskFlags None { get; } = new([], [], []);
}
