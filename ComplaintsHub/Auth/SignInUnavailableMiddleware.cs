namespace ComplaintsHub.Auth;

/// <summary>
/// When the identity provider cannot be reached, a challenge throws; without this the person would get the exception
/// handler's bare 500. They are sent to a page saying sign-in is unavailable, and the log says which setting to look at.
/// </summary>
internal sealed class SignInUnavailableMiddleware(RequestDelegate next, IdentityProviderAvailability availability)
{
    public const string PagePath = "/account/sign-in-unavailable";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IdentityProviderAvailability.IsUnreachable(e) && !context.Response.HasStarted)
        {
            availability.LogUnavailable(e);
            Core.Diagnostics.ComplaintsHubTelemetry.SignInUnavailable.Add(1);
            context.Response.Clear();
            var back = ReturnUrls.IsLocal(context.Request.Path + context.Request.QueryString) && !context.Request.Path.StartsWithSegments("/account")
                ? context.Request.Path + context.Request.QueryString
                : "/";
            context.Response.Redirect($"{PagePath}?returnUrl={Uri.EscapeDataString(back)}");
        }
    }
}
