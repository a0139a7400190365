using System.Security.Claims;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace ComplaintsHub.Auth;

/// <summary>On every Entra sign-in, the staff record is created or refreshed from the token and linked by claim.</summary>
public static class EntraSignIn
{
    private const string ObjectIdLong = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity) return;
        var objectId = identity.FindFirst("oid")?.Value ?? identity.FindFirst(ObjectIdLong)?.Value;
        if (string.IsNullOrEmpty(objectId))
        {
            context.Fail("The sign-in token has no object id (oid) claim.");
            return;
        }

        var name = identity.FindFirst(StaffClaims.NameType)?.Value ?? identity.Name ?? "Unknown";
        var email = identity.FindFirst("preferred_username")?.Value ?? identity.FindFirst(ClaimTypes.Email)?.Value ?? identity.FindFirst("email")?.Value ?? "";
        var roles = StaffClaims.KnownRoles(identity.FindAll(StaffClaims.RoleType).Select(c => c.Value).Concat(identity.FindAll(ClaimTypes.Role).Select(c => c.Value)));
        var directory = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>();
        var staff = await directory.RecordSignInAsync(objectId, name, email, roles, context.HttpContext.RequestAborted);
        if (!staff.IsActive)
        {
            context.Fail("Your ComplaintsHub access has been switched off. Ask the complaints team if you need it back.");
            return;
        }

        identity.AddClaim(new Claim(StaffClaims.StaffUserId, staff.StaffUserId.ToString()));
    }
}
