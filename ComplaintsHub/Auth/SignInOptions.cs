namespace ComplaintsHub.Auth;

public sealed class DevelopmentSignInOptions
{
    public const string Section = "DevelopmentSignIn";

    /// <summary>Lists the demo staff on a sign-in page. Refused at start-up outside the Development environment.</summary>
    public bool Enabled { get; set; }
}

public sealed class SessionOptions
{
    public const string Section = "Session";

    /// <summary>How often an open Blazor session re-checks that the person's access is still switched on.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}

public enum SignInMode
{
    EntraId,
    Development,
}
