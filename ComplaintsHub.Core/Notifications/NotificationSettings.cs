using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// Each person's own choice of which notifications they get. A switch is saved as the state the person chose ("off",
/// "on"), never as a toggle, and each kind is a row of its own: two tabs saving at once both get what they asked for,
/// and one switch never overwrites another, so there is no stale version to refuse.
/// </summary>
public sealed class NotificationSettings(IDbContextFactory<ComplaintsDbContext> dbFactory, IOptions<EmailOptions> options, TimeProvider clock)
{
    /// <summary>While false, nothing is sent whatever the switches say, and the page says so.</summary>
    public bool EmailIsSwitchedOn => options.Value.IsSwitchedOn;

    public async Task<IReadOnlyList<NotificationSetting>> GetAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var off = await db.NotificationOptOuts.AsNoTracking().Where(o => o.StaffUserId == staff.StaffUserId).Select(o => o.Kind).ToListAsync(cancellationToken);
        return NotificationKinds.Personal
            .Select(k => new NotificationSetting(k, NotificationKinds.Title(k), NotificationKinds.Explanation(k), !off.Contains(k)))
            .ToList();
    }

    public async Task SetAsync(EmailKind kind, bool on, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        if (!NotificationKinds.IsPersonal(kind))
        {
            throw new DomainException("Letters emailed to complainants are not your notifications: they cannot be turned off here.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var mine = db.NotificationOptOuts.Where(o => o.StaffUserId == staff.StaffUserId && o.Kind == kind);
        if (on)
        {
            await mine.ExecuteDeleteAsync(cancellationToken);
            return;
        }

        if (await mine.AnyAsync(cancellationToken)) return;
        db.NotificationOptOuts.Add(new NotificationOptOut(staff.StaffUserId, kind, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Turned off in another tab at the same moment: what this person asked for is what is saved.
            if (!await StillOffAsync(kind, staff, cancellationToken)) throw;
        }
    }

    private async Task<bool> StillOffAsync(EmailKind kind, CurrentStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NotificationOptOuts.AnyAsync(o => o.StaffUserId == staff.StaffUserId && o.Kind == kind, cancellationToken);
    }

    private static void RequireCaseworker(CurrentStaff staff)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Email notifications are about cases, so they are for council staff who handle cases.");
    }
}
