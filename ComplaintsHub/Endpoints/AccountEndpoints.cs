using ComplaintsHub.Auth;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Web;

namespace ComplaintsHub.Endpoints;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app, SignInMode mode)
    {
        var account = app.MapGroup("/account");
        if (mode == SignInMode.EntraId)
        {
            // Identity.Web's own login (challenge) and logout (sign out of the cookie and Entra) endpoints.
            account.MapLoginAndLogout().AllowAnonymous();
            return;
        }

        // The same /account/login as Entra mode: the cookie handler's challenge sends the browser to the demo-user list.
        account.MapGet("/login", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" })).AllowAnonymous();
        account.MapPost("/dev-signin", SignInAsDevelopmentUserAsync).AllowAnonymous();
        account.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/account/signed-out");
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
