using System.Security.Claims;
using ComplaintsHub.Core.Diagnostics;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace ComplaintsHub.Auth;

/// <summary>On every Entra sign-in, the staff record is created or refreshed from the token and linked by claim.</summary>
public static class EntraSignIn
{
    public const string RefusedPath = "/account/sign-in-refused";

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity) return;
        var objectId = identity.FindFirst("oid")?.Value;
        if (string.IsNullOrEmpty(objectId))
        {
            context.Fail(new SignInRefusedException(SignInRefusal.NoObjectId, "The sign-in token has no object id (oid) claim."));
            return;
        }

        var roles = StaffClaims.KnownRoles(identity.FindAll(StaffClaims.RoleType).Select(c => c.Value));
        if (roles.Count == 0)
        {
            // No staff record is made for someone nobody has given a role: they may be in the tenant but not a user of ComplaintsHub.
            context.Fail(new SignInRefusedException(SignInRefusal.NoRole, $"The token for object id {objectId} carries no ComplaintsHub app role."));
            return;
        }

        var name = identity.FindFirst(StaffClaims.NameType)?.Value ?? "Unknown";
        var email = identity.FindFirst("preferred_username")?.Value ?? identity.FindFirst("email")?.Value ?? "";
        var directory = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>();
        var staff = await directory.RecordSignInAsync(objectId, name, email, roles, context.HttpContext.RequestAborted);
        if (!staff.IsActive)
        {
            context.Fail(new SignInRefusedException(SignInRefusal.SwitchedOff, $"Staff record {staff.StaffUserId} has its access switched off."));
            return;
        }

        identity.AddClaim(new Claim(StaffClaims.StaffUserId, staff.StaffUserId.ToString()));
    }

    /// <summary>
    /// A refused or failed sign-in goes to a page that says why, rather than the handler's bare exception (an HTTP 500).
    /// Only a reason code travels in the address, so nobody can put words of their own on the page with a crafted link.
    /// </summary>
    public static Task OnRemoteFailureAsync(RemoteFailureContext context)
    {
        var reason = context.Failure is SignInRefusedException refused ? refused.Reason : SignInRefusal.Failed;
        ComplaintsHubTelemetry.SignInsRefused.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn))
            .LogWarning(context.Failure, "Entra sign-in refused ({Reason})", reason);
        context.Response.Redirect($"{RefusedPath}?reason={reason}");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
