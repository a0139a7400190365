namespace ComplaintsHub.Core.Domain;

/// <summary>Where a case is in its current stage.</summary>
public enum CaseStatus
{
    /// <summary>Logged, not yet acknowledged.</summary>
    Received,
    /// <summary>Acknowledged and under investigation.</summary>
    Acknowledged,
    /// <summary>The stage's response has been sent; the escalation window may be open.</summary>
    Responded,
    /// <summary>An Ombudsman enquiry is open.</summary>
    WithOmbudsman,
    Closed,
    Withdrawn,
}
