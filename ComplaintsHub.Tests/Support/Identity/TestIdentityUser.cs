namespace ComplaintsHub.Tests.Support.Identity;

/// <summary>A person in the test tenant: what Entra would put in their token (object id, name, sign-in name, app roles).</summary>
public sealed record TestIdentityUser(string UserName, string ObjectId, string DisplayName, params string[] Roles)
{
    public const string Password = "Correct-Horse-7";
}
