namespace ComplaintsHub.Core.Records;

/// <summary>
/// What a retention run would anonymise now: the people whose every case is due, the cases with no complainant that are
/// due, and the cases a legal hold keeps back.
/// </summary>
public sealed record RetentionPlan(IReadOnlyList<RetentionPerson> People, IReadOnlyList<RetentionFacts> LoneCases, IReadOnlyList<RetentionFacts> Held)
{
    public int CaseCount => People.Sum(p => p.Cases.Count) + LoneCases.Count;
}
