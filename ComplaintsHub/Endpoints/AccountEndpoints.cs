using ComplaintsHub.Auth;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace ComplaintsHub.Endpoints;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app, SignInMode mode)
    {
        var account = app.MapGroup("/account");
        // The default scheme's challenge: Entra's sign-in, or in development mode the demo-user list.
        account.MapGet("/login", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" })).AllowAnonymous().RequireRateLimiting(HostHardening.SignInPolicy);
        if (mode == SignInMode.EntraId)
        {
            // Out of ComplaintsHub and out of Entra: on a shared computer the next person must not be signed straight back in.
            account.MapPost("/logout", () => Results.SignOut(new AuthenticationProperties { RedirectUri = AuthenticationSetup.SignedOutPath },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
            // For a page whose session has already ended (signed out in another tab, or this tab's live connection heard
            // first): only Entra's session is left to end. A link to it can sign nobody out of anything but Entra.
            account.MapGet("/sign-out-of-entra", () => Results.SignOut(new AuthenticationProperties { RedirectUri = AuthenticationSetup.SignedOutPath },
                [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
            return;
        }

        account.MapPost("/dev-signin", SignInAsDevelopmentUserAsync).AllowAnonymous().RequireRateLimiting(HostHardening.SignInPolicy);
        account.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(AuthenticationSetup.SignedOutPath);
        }).AllowAnonymous();
    }

    /// <summary>Development only: signs in as the chosen demo member of staff with the roles on their record.</summary>
    private static async Task<IResult> SignInAsDevelopmentUserAsync(
        HttpContext context, [FromForm] Guid staffUserId, [FromForm] string? returnUrl, StaffDirectory directory)
    {
        var staff = await directory.FindForDevelopmentSignInAsync(staffUserId, context.RequestAborted);
        if (staff is null || !staff.IsActive)
        {
            return Results.LocalRedirect($"{AuthenticationSetup.DevelopmentSignInPath}?error=unavailable");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffClaims.ForDevelopmentSignIn(staff));
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) => ReturnUrls.IsLocal(url);
}
