namespace ComplaintsHub.Core.Queries;

/// <summary>A case's risk flags: those in force (its own and its complainant's), every one ever raised, and the hazard deadlines they start.</summary>
/// <param name="HousingProcedure">The case follows the housing procedure, where damp and mould starts the Awaab's Law deadlines.</param>
public sealed record CaseRiskFlags(IReadOnlyList<CaseRiskFlag> Active, IReadOnlyList<CaseRiskFlag> History, IReadOnlyList<HazardDeadline> HazardDeadlines, bool HousingProcedure);
