namespace ComplaintsHub.Core.Setup;

/// <summary>The fields of a hazard timescale, named in refusals so each message shows next to its field.</summary>
public static class HazardTimescaleFields
{
    public const string Step = "Step";
    public const string Count = "Count";
}
