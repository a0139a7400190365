namespace ComplaintsHub.Core.Setup;

/// <summary>
/// The ranges a procedure's timescales must fall in: wide enough for every statutory procedure (children's social care
/// runs to 65 working days at Stage 2, an escalation window to a year), narrow enough to catch a typing slip.
/// </summary>
public static class ProcedureLimits
{
    public const int MinAcknowledgeDays = 1;
    public const int MaxAcknowledgeDays = 20;
    public const int MinResponseDays = 1;
    public const int MaxResponseDays = 130;
    public const int MaxExtensionDays = 65;
    public const int MinEscalationWindow = 1;
    public const int MaxEscalationCalendarDays = 365;
    public const int MaxEscalationWorkingDays = 260;
    public const int MinOmbudsmanMonths = 1;
    public const int MaxOmbudsmanMonths = 24;
    public const int NameLength = 120;
    public const int MinRetentionYears = 1;
    /// <summary>Children's social care files can be kept until the child is 75: a century covers every schedule.</summary>
    public const int MaxRetentionYears = 100;
}
