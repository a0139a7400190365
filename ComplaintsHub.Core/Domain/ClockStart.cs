namespace ComplaintsHub.Core.Domain;

/// <summary>When a stage's response clock starts. Councils differ (some count Stage 1 from receipt).</summary>
public enum ClockStart
{
    Receipt,
    Acknowledgement,
}
