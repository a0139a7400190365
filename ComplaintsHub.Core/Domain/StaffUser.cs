using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A member of staff (or a councillor) who signs in. Created or refreshed from the Entra token on sign-in;
/// service areas are kept here because the directory does not know them.
/// </summary>
public sealed class StaffUser : SetupEntity
{
    private StaffUser() { }

    public StaffUser(string entraObjectId, string displayName, string email)
    {
        Id = Guid.NewGuid();
        EntraObjectId = entraObjectId;
        DisplayName = displayName;
        Email = email;
    }

    /// <summary>
    /// Someone the complaints team adds before their first sign-in, so their service areas and team are ready: the
    /// directory links them by their sign-in name (user principal name) the first time they sign in.
    /// </summary>
    public static StaffUser Expected(string email, string displayName, string? jobTitle) =>
        new() { Id = Guid.NewGuid(), EntraObjectId = null, DisplayName = displayName, Email = email, JobTitle = jobTitle };

    public Guid Id { get; private set; }
    /// <summary>The token's <c>oid</c>: stable for the person across name and email changes. Null until someone added in advance first signs in.</summary>
    public string? EntraObjectId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? JobTitle { get; set; }
    public int? TeamId { get; set; }
    public Team? Team { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTime? LastSignedInAt { get; private set; }
    public List<StaffRoleAssignment> Roles { get; private set; } = [];
    public List<ServiceArea> ServiceAreas { get; private set; } = [];

    public bool HasRole(StaffRole role) => Roles.Any(r => r.Role == role);

    /// <summary>Whether the person has been added but has not signed in yet.</summary>
    public bool IsExpected => EntraObjectId is null;

    /// <summary>The first sign-in of someone added in advance: from now on the directory's object id identifies them.</summary>
    public void LinkToDirectory(string entraObjectId)
    {
        if (!IsExpected) throw new DomainException($"{DisplayName} is already linked to a directory account.");
        EntraObjectId = entraObjectId;
    }

    public void SetServiceAreas(IEnumerable<ServiceArea> areas)
    {
        var wanted = areas.ToList();
        ServiceAreas.RemoveAll(a => wanted.All(w => w.Id != a.Id));
        ServiceAreas.AddRange(wanted.Where(w => ServiceAreas.All(a => a.Id != w.Id)));
    }

    public void SetRoles(IEnumerable<StaffRole> roles)
    {
        var wanted = roles.Distinct().ToHashSet();
        Roles.RemoveAll(r => !wanted.Contains(r.Role));
        foreach (var role in wanted.Where(w => Roles.All(r => r.Role != w)))
        {
            Roles.Add(new StaffRoleAssignment(role));
        }
    }

    /// <summary>The directory is the source of truth for name, email and roles; this keeps the record in step.</summary>
    public void RecordSignIn(string displayName, string email, IEnumerable<StaffRole> roles, DateTime at)
    {
        DisplayName = displayName;
        Email = email;
        SetRoles(roles);
        LastSignedInAt = at;
        // Signing in rewrites the record from the directory, so an edit opened before it is stale: say whose sign-in it was.
        RecordChange(new Actor(Id, displayName), at);
    }

    public void Disable() => IsActive = false;
    public void Enable() => IsActive = true;
}
