namespace ComplaintsHub.Core.Domain;

/// <summary>A self-assessment's answer to one provision of a Complaint Handling Code.</summary>
public enum CodeCompliance
{
    Complies,
    Partly,
    DoesNotComply,
}
