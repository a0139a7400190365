using System.Security.Claims;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplaintsHub.Auth;

/// <summary>The claims ComplaintsHub relies on, whichever way the person signed in.</summary>
public static class StaffClaims
{
    /// <summary>Entra puts app roles in "roles"; the development sign-in uses the same type so policies see no difference.</summary>
    public const string RoleType = "roles";
    public const string NameType = "name";
    public const string StaffUserId = "complaintshub/staff_id";
    /// <summary>The server-side session the sign-in ticket belongs to (written by <see cref="DatabaseTicketStore"/>).</summary>
    public const string SessionId = "complaintshub/session_id";
    public const string DevelopmentScheme = "DevelopmentSignIn";

    public static IReadOnlyList<StaffRole> KnownRoles(IEnumerable<string> values) =>
        values.Select(v => Enum.TryParse<StaffRole>(v, ignoreCase: false, out var role) ? role : (StaffRole?)null)
            .OfType<StaffRole>().Distinct().ToList();

    public static ClaimsPrincipal ForDevelopmentSignIn(StaffSignIn staff)
    {
        var claims = new List<Claim>
        {
            new(StaffUserId, staff.StaffUserId.ToString()),
            new(NameType, staff.DisplayName),
        };
        claims.AddRange(staff.Roles.Select(r => new Claim(RoleType, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, DevelopmentScheme, NameType, RoleType));
    }

    public static Guid? StaffId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(StaffUserId)?.Value, out var id) ? id : null;

    public static Guid? SessionIdOf(this ClaimsPrincipal user) =>
        Guid.TryParseExact(user.FindFirst(SessionId)?.Value, "N", out var id) ? id : null;

    /// <summary>The signed-in person for Core services, or null for someone without a staff record.</summary>
    public static CurrentStaff? ToCurrentStaff(this ClaimsPrincipal user)
    {
        if (user.StaffId() is not { } id) return null;
        var roles = KnownRoles(user.FindAll(RoleType).Select(c => c.Value)).ToHashSet();
        return new CurrentStaff(id, user.FindFirst(NameType)?.Value ?? user.Identity?.Name ?? "Unknown", roles) { SessionId = user.SessionIdOf() };
    }

    /// <summary>For components: the signed-in member of staff, or a refusal they can act on.</summary>
    public static async Task<CurrentStaff> RequireStaffAsync(this Task<AuthenticationState> state) =>
        (await state).User.ToCurrentStaff()
        ?? throw new PermissionDeniedException("Your sign-in is not linked to a staff record. Sign out and sign in again.");
}
