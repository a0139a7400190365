namespace ComplaintsHub.Core.Domain;

/// <summary>What a hazard timescale counts in.</summary>
public enum HazardTimescaleUnit
{
    Hours,
    WorkingDays,
    Weeks,
}
