using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

/// <summary>Staff records: kept in step with the directory on sign-in, and switched off by the complaints team.</summary>
public sealed class StaffDirectory(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock, SessionEndings endings)
{
    /// <summary>Creates or refreshes the staff record for someone who has just signed in with Entra ID.</summary>
    public async Task<StaffSignIn> RecordSignInAsync(string entraObjectId, string displayName, string email, IEnumerable<StaffRole> roles, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(entraObjectId)) throw new ArgumentException("The token has no object id (oid) claim.", nameof(entraObjectId));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staff = await db.StaffUsers.Include(s => s.Roles).SingleOrDefaultAsync(s => s.EntraObjectId == entraObjectId, cancellationToken);
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
                s.LastSignedInAt, s.Version))
            .ToListAsync(cancellationToken);
    }

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
        var wasActive = staff.IsActive;
        if (active) staff.Enable(); else staff.Disable();
        if (!(active && wasActive))
        {
            db.StaffSessions.RemoveRange(await db.StaffSessions.Where(s => s.StaffUserId == staffUserId).ToListAsync(cancellationToken));
        }

        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.StaffChanged, by.Actor, clock.GetUtcNow().UtcDateTime,
            $"{staff.DisplayName}'s access {(active ? "switched on" : "switched off")}."));
        await db.SaveExpectingAsync(staff, version, $"{staff.DisplayName}'s record was changed by someone else while you were looking. Reload and try again.", cancellationToken);
        if (!active) endings.Announce(staffUserId, SessionEndReason.AccessSwitchedOff);
    }
}
