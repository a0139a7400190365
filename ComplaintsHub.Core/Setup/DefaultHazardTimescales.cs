using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// The Awaab's Law timescales as the Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 set
/// them from 27 October 2025 (docs/decisions/0016 cites the sources). Added once, to a database that has none; the
/// complaints team changes them from then on.
/// </summary>
public static class DefaultHazardTimescales
{
    public static IReadOnlyList<HazardTimescale> Create() =>
    [
        new(HazardSeverity.Emergency, 1, "Investigate and make safe", 24, HazardTimescaleUnit.Hours, afterInvestigation: false),
        new(HazardSeverity.Significant, 1, "Investigate", 10, HazardTimescaleUnit.WorkingDays, afterInvestigation: false),
        new(HazardSeverity.Significant, 2, "Written summary of the findings to the tenant", 3, HazardTimescaleUnit.WorkingDays, afterInvestigation: true),
        new(HazardSeverity.Significant, 3, "Begin relevant safety work", 5, HazardTimescaleUnit.WorkingDays, afterInvestigation: true),
        new(HazardSeverity.Significant, 4, "Begin safety work that could not start within 5 working days", 12, HazardTimescaleUnit.Weeks, afterInvestigation: true),
    ];
}
