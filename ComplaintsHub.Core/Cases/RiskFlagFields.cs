namespace ComplaintsHub.Core.Cases;

/// <summary>The fields of the risk flag forms, named in <see cref="Input.InputRefusedException"/> so each message shows next to its field.</summary>
public static class RiskFlagFields
{
    public const string Detail = "FlagDetail";
    public const string Reason = "FlagReason";
    public const string BecameAwareOn = "FlagBecameAwareOn";
}
