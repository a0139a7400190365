namespace ComplaintsHub.Core.Setup;

/// <summary>The field names a refused change to the council's details is reported under.</summary>
public static class CouncilFields
{
    public const string Name = "Name";
    public const string Address = "Address";
    public const string Signatory = "Signatory";
    public const string EscalationHow = "EscalationHow";
    public const string ComplaintsEmail = "ComplaintsEmail";
    public const string ComplaintsPhone = "ComplaintsPhone";
    public const string Logo = "Logo";
}
