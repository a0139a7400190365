namespace ComplaintsHub.Security;

/// <summary>
/// Headers on every response, pages, files, downloads and errors alike. The content security policy allows only this
/// site's own scripts (Blazor and MudBlazor need no inline script and no eval); inline styles stay allowed because
/// MudBlazor and the charts set style attributes. Forms may also go to the identity provider: signing out is a form
/// post that the app answers with a redirect to it, and browsers hold such redirects to form-action.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, string contentSecurityPolicy)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Case lists and searches carry their filters in the address: nothing of it goes to another site.
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    public static string PolicyFor(string? identityProviderOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; " +
        $"form-action 'self'{(identityProviderOrigin is null ? "" : " " + identityProviderOrigin)}";
}
