namespace ComplaintsHub.Core.Services;

/// <summary>The fields of the staff forms, named in refusals so the page puts each message next to its field.</summary>
public static class StaffFields
{
    public const string SignInName = "SignInName";
    public const string DisplayName = "DisplayName";
    public const string JobTitle = "JobTitle";
    public const string ServiceAreas = "ServiceAreas";
    public const string Team = "Team";
}
