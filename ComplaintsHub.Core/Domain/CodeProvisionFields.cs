namespace ComplaintsHub.Core.Domain;

/// <summary>The fields of the provision and self-assessment forms, named in <see cref="Input.InputRefusedException"/> so the page puts each message next to its field.</summary>
public static class CodeProvisionFields
{
    public const string Reference = "Reference";
    public const string Section = "Section";
    public const string Requirement = "Requirement";
    public const string Evidence = "Evidence";
    public const string Action = "Action";
}
