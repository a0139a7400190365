using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

/// <summary>Staff records: kept in step with the directory on sign-in, and switched off by the complaints team.</summary>
public sealed partial class StaffDirectory(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock, SessionEndings endings)
{
    /// <summary>Creates or refreshes the staff record for someone who has just signed in with Entra ID.</summary>
    public async Task<StaffSignIn> RecordSignInAsync(string entraObjectId, string displayName, string email, IEnumerable<StaffRole> roles, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(entraObjectId)) throw new ArgumentException("The token has no object id (oid) claim.", nameof(entraObjectId));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staff = await db.StaffUsers.Include(s => s.Roles).SingleOrDefaultAsync(s => s.EntraObjectId == entraObjectId, cancellationToken);
        if (staff is null && !string.IsNullOrWhiteSpace(email))
        {
            // Someone the complaints team added before their first sign-in, with their service areas and team waiting.
            var signInName = email.Trim().ToLowerInvariant();
            staff = await db.StaffUsers.Include(s => s.Roles).SingleOrDefaultAsync(s => s.EntraObjectId == null && s.Email.ToLower() == signInName, cancellationToken);
            staff?.LinkToDirectory(entraObjectId);
        }

        if (staff is null)
        {
            staff = new StaffUser(entraObjectId, displayName, email);
            db.StaffUsers.Add(staff);
        }

        staff.RecordSignIn(displayName, email, roles, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new StaffSignIn(staff.Id, staff.DisplayName, staff.IsActive, staff.Roles.Select(r => r.Role).ToList());
    }

    /// <summary>For the development sign-in: the staff record's own roles stand in for the token's.</summary>
    public async Task<StaffSignIn?> FindForDevelopmentSignInAsync(Guid staffUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staff = await db.StaffUsers.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == staffUserId, cancellationToken);
        if (staff is null) return null;
        staff.RecordSignIn(staff.DisplayName, staff.Email, staff.Roles.Select(r => r.Role).ToList(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new StaffSignIn(staff.Id, staff.DisplayName, staff.IsActive, staff.Roles.Select(r => r.Role).ToList());
    }

    public async Task<bool> IsActiveAsync(Guid staffUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AnyAsync(s => s.Id == staffUserId && s.IsActive, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffListRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AsNoTracking()
            .OrderBy(s => s.DisplayName)
            .Select(s => new StaffListRow(
                s.Id, s.DisplayName, s.Email, s.JobTitle, s.Team == null ? null : s.Team.Name, s.IsActive,
                s.Roles.Select(r => r.Role).ToList(),
                s.ServiceAreas.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                s.LastSignedInAt, s.Version, s.EntraObjectId == null,
                s.ServiceAreas.Select(a => a.Id).ToList(), s.TeamId))
            .ToListAsync(cancellationToken);
    }

    public async Task<StaffChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.ServiceAreas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        return new StaffChoices(areas.Select(a => (a.Id, a.Name)).ToList(), teams.Select(t => (t.Id, t.Name)).ToList());
    }

    /// <summary>
    /// Adds someone before their first sign-in, with the service areas and team they will work in. Their roles come
    /// from Entra when they first sign in with <see cref="ExpectedStaffMember.SignInName"/>, which links this record to them.
    /// </summary>
    public async Task<Guid> AddExpectedAsync(ExpectedStaffMember form, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "add staff");
        var signInName = InputText.CleanRequired(form.SignInName).Trim().ToLowerInvariant();
        if (signInName.Length == 0) throw new InputRefusedException(StaffFields.SignInName, "Enter the email address or user name they sign in with.");
        TextLimits.Require(signInName, TextLimits.Email, StaffFields.SignInName, "The sign-in name");
        if (!SignInNamePattern().IsMatch(signInName))
        {
            throw new InputRefusedException(StaffFields.SignInName, "Enter the sign-in name as name@council.gov.uk: their email address or Entra user principal name.");
        }

        var name = InputText.CleanRequired(form.DisplayName).Trim();
        if (name.Length == 0) throw new InputRefusedException(StaffFields.DisplayName, "Enter their name as colleagues know it.");
        TextLimits.Require(name, TextLimits.Name, StaffFields.DisplayName, "The name");
        var jobTitle = InputText.Clean(form.JobTitle)?.Trim() is { Length: > 0 } title ? title : null;
        TextLimits.Require(jobTitle, TextLimits.JobTitle, StaffFields.JobTitle, "The job title");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        if (await db.StaffUsers.AnyAsync(s => s.Email.ToLower() == signInName, cancellationToken))
        {
            throw new InputRefusedException(StaffFields.SignInName, $"{signInName} is already on the staff list.");
        }

        var staff = StaffUser.Expected(signInName, name, jobTitle);
        staff.RecordChange(by.Actor, clock.GetUtcNow().UtcDateTime);
        var (areas, team) = await AssignmentsAsync(db, form.ServiceAreaIds, form.TeamId, cancellationToken);
        staff.SetServiceAreas(areas);
        staff.TeamId = team?.Id;
        db.StaffUsers.Add(staff);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.StaffChanged, by.Actor, clock.GetUtcNow().UtcDateTime,
            $"{name} ({signInName}) added before their first sign-in: {Describe(areas.Select(a => a.Name), team?.Name)}."));
        await db.SaveRefusingClashAsync($"{signInName} was added by someone else at the same moment. Reload the staff list.", cancellationToken);
        return staff.Id;
    }

    /// <summary>Changes the service areas and team someone works in, as the complaints team sees them; the directory does not know these.</summary>
    public async Task SetAssignmentsAsync(Guid staffUserId, IReadOnlyList<int> serviceAreaIds, int? teamId, Guid version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change staff's service areas");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var staff = await db.StaffUsers.Include(s => s.ServiceAreas).Include(s => s.Team).SingleOrDefaultAsync(s => s.Id == staffUserId, cancellationToken)
            ?? throw new DomainException("That member of staff no longer exists.");
        if (staff.Version != version) throw new ConcurrencyException(Stale(staff));
        var before = Describe(staff.ServiceAreas.Select(a => a.Name), staff.Team?.Name);
        var (areas, team) = await AssignmentsAsync(db, serviceAreaIds, teamId, cancellationToken);
        staff.SetServiceAreas(areas);
        staff.TeamId = team?.Id;
        var after = Describe(areas.Select(a => a.Name), team?.Name);
        if (before == after) return;
        staff.RecordChange(by.Actor, clock.GetUtcNow().UtcDateTime);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.StaffChanged, by.Actor, clock.GetUtcNow().UtcDateTime,
            $"{staff.DisplayName}: {before} → {after}."));
        await db.SaveExpectingAsync(staff, version, () => StaleNowAsync(staffUserId, cancellationToken), cancellationToken);
    }

    private static string Stale(StaffUser staff) => StaleChange.Message($"{staff.DisplayName}'s record", staff.UpdatedByName, staff.UpdatedAt);

    /// <summary>For a save that lost the race after the version was checked: the winner is only in the database.</summary>
    private async Task<string> StaleNowAsync(Guid staffUserId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.StaffUsers.AsNoTracking().SingleAsync(s => s.Id == staffUserId, cancellationToken);
        return Stale(latest);
    }

    private static async Task<(List<ServiceArea> Areas, Team? Team)> AssignmentsAsync(ComplaintsDbContext db, IReadOnlyList<int> serviceAreaIds, int? teamId, CancellationToken cancellationToken)
    {
        var wanted = serviceAreaIds.Distinct().ToList();
        var areas = await db.ServiceAreas.Where(a => wanted.Contains(a.Id) && a.IsActive).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        if (areas.Count != wanted.Count) throw new InputRefusedException(StaffFields.ServiceAreas, "One of those service areas has been switched off: reload and choose again.");
        var team = teamId is { } id
            ? await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new InputRefusedException(StaffFields.Team, "That team no longer exists: reload and choose again.")
            : null;
        if (team is { IsActive: false }) throw new InputRefusedException(StaffFields.Team, "That team has been switched off: reload and choose again.");
        return (areas, team);
    }

    private static string Describe(IEnumerable<string> areas, string? team)
    {
        var names = areas.Order(StringComparer.Ordinal).ToList();
        return $"{(names.Count == 0 ? "no service areas" : string.Join(", ", names))}; {(team is null ? "no team" : $"team {team}")}";
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SignInNamePattern();

    /// <summary>
    /// Switches a person's access on or off. Either way every session they had ends in the same save: switching off shuts
    /// them out at once (open pages on this server are told now), and switching back on needs a new sign-in.
    /// </summary>
    public async Task SetActiveAsync(Guid staffUserId, bool active, Guid version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "switch staff access on or off");
        if (staffUserId == by.StaffUserId && !active) throw new DomainException("You cannot switch off your own access.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var staff = await db.StaffUsers.SingleOrDefaultAsync(s => s.Id == staffUserId, cancellationToken)
            ?? throw new DomainException("That member of staff no longer exists.");
        if (staff.Version != version) throw new ConcurrencyException(Stale(staff));
        var wasActive = staff.IsActive;
        if (active) staff.Enable(); else staff.Disable();
        staff.RecordChange(by.Actor, clock.GetUtcNow().UtcDateTime);
        if (!(active && wasActive))
        {
            db.StaffSessions.RemoveRange(await db.StaffSessions.Where(s => s.StaffUserId == staffUserId).ToListAsync(cancellationToken));
        }

        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.StaffChanged, by.Actor, clock.GetUtcNow().UtcDateTime,
            $"{staff.DisplayName}'s access {(active ? "switched on" : "switched off")}."));
        await db.SaveExpectingAsync(staff, version, () => StaleNowAsync(staffUserId, cancellationToken), cancellationToken);
        if (!active) endings.Announce(staffUserId, SessionEndReason.AccessSwitchedOff);
    }
}
