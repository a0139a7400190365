using ComplaintsHub.Core.Domain;
using Microsoft.AspNetCore.Authorization;

namespace ComplaintsHub.Auth;

/// <summary>
/// Named policies over the Entra app roles. Pages and endpoints name a policy, never a role, so who may do what
/// is decided here once. Anything unnamed falls back to "signed in with a ComplaintsHub role".
/// </summary>
public static class Policies
{
    public const string Caseworker = nameof(Caseworker);
    public const string ManageTeamQueue = nameof(ManageTeamQueue);
    public const string AnswerStage2 = nameof(AnswerStage2);
    public const string Administer = nameof(Administer);
    public const string ViewKpis = nameof(ViewKpis);
    /// <summary>The shared inbox: everyone who handles cases, not portfolio holders.</summary>
    public const string Inbox = nameof(Inbox);
    /// <summary>The quarterly spot checks: heads of service do them, the complaints team follows them.</summary>
    public const string SpotChecks = nameof(SpotChecks);

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<StaffRole>> Roles = new Dictionary<string, IReadOnlySet<StaffRole>>
    {
        [Caseworker] = StaffRoles.Caseworkers,
        [ManageTeamQueue] = StaffRoles.Managers,
        [AnswerStage2] = StaffRoles.Stage2Responders,
        [Administer] = StaffRoles.ComplaintsTeam,
        [ViewKpis] = StaffRoles.KpiReaders,
        [Inbox] = StaffRoles.Caseworkers,
        [SpotChecks] = StaffRoles.SpotCheckers,
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
        }

        // Deny by default: a signed-in account with none of our roles (or nobody at all) gets nothing. The same
        // policy is the default for a bare [Authorize], which every page carries (Pages/_Imports.razor), because
        // Blazor's router checks page attributes only and never the fallback policy.
        var anyRole = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireRole(Enum.GetNames<StaffRole>())
            .Build();
        options.FallbackPolicy = anyRole;
        options.DefaultPolicy = anyRole;
    }
}
