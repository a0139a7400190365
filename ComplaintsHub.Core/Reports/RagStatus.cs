namespace ComplaintsHub.Core.Reports;

/// <summary>Red, amber or green against the target: green at or above it, amber within ten points below, red under that.</summary>
public enum RagStatus
{
    NotApplicable,
    Green,
    Amber,
    Red,
}
