namespace ComplaintsHub.Core.Domain;

/// <summary>Plain-English names of the risk flags and their hazard tracks, for the case page, the lists and the timeline.</summary>
public static class RiskFlagKinds
{
    public static string Describe(this RiskFlagKind kind) => kind switch
    {
        RiskFlagKind.VulnerablePerson => "Vulnerable person",
        RiskFlagKind.SafeguardingConcern => "Safeguarding concern",
        RiskFlagKind.HealthAndSafetyHazard => "Health and safety hazard",
        RiskFlagKind.DampAndMould => "Damp and mould",
        RiskFlagKind.UnreasonableBehaviour => "Contact restrictions",
        _ => kind.ToString(),
    };

    public static string Describe(this HazardSeverity severity) => severity switch
    {
        HazardSeverity.Emergency => "emergency hazard",
        HazardSeverity.Significant => "significant hazard",
        _ => severity.ToString(),
    };

    public static string Describe(this HazardTimescaleUnit unit, int count) => unit switch
    {
        HazardTimescaleUnit.Hours => count == 1 ? "hour" : "hours",
        HazardTimescaleUnit.WorkingDays => count == 1 ? "working day" : "working days",
        HazardTimescaleUnit.Weeks => count == 1 ? "week" : "weeks",
        _ => unit.ToString(),
    };

    /// <summary>Whose detail must be written: a contact restriction means nothing until it says what is restricted.</summary>
    public static bool NeedsDetail(this RiskFlagKind kind) => kind == RiskFlagKind.UnreasonableBehaviour;
}
