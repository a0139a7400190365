using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>A hazard timescale as the administration page lists it, with who changed it last.</summary>
public sealed record HazardTimescaleRow(int Id, HazardSeverity Severity, int Order, string Step, int Count, HazardTimescaleUnit Unit, bool AfterInvestigation,
    Guid Version, string? UpdatedBy, DateTime? UpdatedAt);
