namespace ComplaintsHub.Auth;

public sealed class DevelopmentSignInOptions
{
    public const string Section = "DevelopmentSignIn";

    /// <summary>Lists the demo staff on a sign-in page. Refused at start-up outside the Development environment.</summary>
    public bool Enabled { get; set; }
}
