namespace ComplaintsHub.Auth;

public sealed class SessionOptions
{
    public const string Section = "Session";

    /// <summary>How often an open Blazor session re-checks that the person's access is still switched on.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
