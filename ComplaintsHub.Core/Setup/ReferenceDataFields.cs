namespace ComplaintsHub.Core.Setup;

/// <summary>The field names a refused set-up change is reported under, so the page shows each message next to its field.</summary>
public static class ReferenceDataFields
{
    public const string Name = "Name";
    public const string Code = "Code";
    public const string Procedure = "Procedure";
    public const string Partner = "Partner";
    public const string ServiceArea = "ServiceArea";
    public const string TeamLeader = "TeamLeader";
}
