namespace ComplaintsHub.Core.Domain;

/// <summary>
/// What a risk flag warns of. Stored by name, so new kinds go at the end without moving the old ones.
/// </summary>
public enum RiskFlagKind
{
    VulnerablePerson,
    SafeguardingConcern,
    HealthAndSafetyHazard,
    /// <summary>Damp and mould in a social home: a health and safety hazard of its own kind, which starts the Awaab's Law deadlines.</summary>
    DampAndMould,
    /// <summary>A contact restriction under the unreasonable behaviour policy; the flag's detail says what the restriction is.</summary>
    UnreasonableBehaviour,
}
