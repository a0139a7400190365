namespace ComplaintsHub.Auth;

/// <summary>Where sign-in may send someone afterwards: only a page of this site.</summary>
public static class ReturnUrls
{
    /// <summary>
    /// A path starting with a single "/": nothing a browser would read as another site ("//host", "/\host"), and no
    /// control characters, which browsers drop from addresses ("/&#9;/host" becomes "//host") and which make
    /// ASP.NET Core's local redirect throw.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && !url.Any(char.IsControl);
}
