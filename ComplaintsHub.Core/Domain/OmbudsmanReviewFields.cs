namespace ComplaintsHub.Core.Domain;

/// <summary>The fields of the Ombudsman figures form, named in <see cref="Input.InputRefusedException"/> so the page puts each message next to its field.</summary>
public static class OmbudsmanReviewFields
{
    public const string Decided = "Decided";
    public const string Investigated = "Investigated";
    public const string Upheld = "Upheld";
    public const string Compliance = "Compliance";
    public const string RemediedByCouncil = "RemediedByCouncil";
}
