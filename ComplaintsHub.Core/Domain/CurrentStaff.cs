using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The signed-in person as services see it. Built by the web host from the sign-in claims; services use it
/// to re-check permissions rather than trusting that the UI hid a button.
/// </summary>
public sealed record CurrentStaff(Guid StaffUserId, string Name, IReadOnlySet<StaffRole> Roles)
{
    /// <summary>The sign-in session acting, when there is one: writes are refused once it has ended.</summary>
    public Guid? SessionId { get; init; }

    /// <summary>
    /// ComplaintsHub itself, acting on its own (filing an email under the case its subject quotes). Only this instance is
    /// recognised, so no one signed in can pass for it; it sees every case and has no session to end.
    /// </summary>
    internal static CurrentStaff System { get; } = new(Actor.System.StaffUserId, Actor.System.Name, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });

    internal bool IsSystem => ReferenceEquals(this, System);

    public Actor Actor => new(StaffUserId, Name);

    public bool Has(StaffRole role) => Roles.Contains(role);

    public bool IsCaseworker => Roles.Overlaps(StaffRoles.Caseworkers);

    public void Require(StaffRole role, string toDoWhat)
    {
        if (!Has(role)) throw new PermissionDeniedException($"Only the {role.Describe().ToLowerInvariant()} role may {toDoWhat}.");
    }
}

