namespace ComplaintsHub.Core.Domain;

/// <summary>A head of service's answer to one spot-check question.</summary>
public enum SpotCheckAnswer
{
    Yes,
    No,
    /// <summary>The question does not arise (no remedy was due on a complaint that was not upheld).</summary>
    NotApplicable,
}
