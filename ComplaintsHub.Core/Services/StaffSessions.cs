using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

/// <summary>
/// Sign-in sessions held in the database; the web host's cookie carries only the session key. A session is live while
/// its row exists, has not expired and its person's access is switched on. Ending a session deletes its row, so nothing
/// (switching access back on included) can bring it back: only a new sign-in makes a new one.
/// </summary>
public sealed class StaffSessions(IDbContextFactory<ComplaintsDbContext> dbFactory, SessionEndings endings, TimeProvider clock)
{
    public const string SwitchedOffMessage = "Your ComplaintsHub access has been switched off, so nothing was saved. Ask the complaints team if you need it back.";
    public const string SignedOutMessage = "You have been signed out, so nothing was saved. Sign in again to carry on.";

    /// <summary>
    /// Starts a session for someone who has just signed in, and returns its key. The ticket is made for the key because
    /// the ticket names its own session. The key comes from <see cref="Guid.NewGuid"/>, which draws on the operating
    /// system's secure random source.
    /// </summary>
    public async Task<Guid> StartAsync(Guid staffUserId, Func<Guid, byte[]> ticketFor, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsActiveAsync(db, staffUserId, cancellationToken)) throw new PermissionDeniedException(SwitchedOffMessage);

        // Signing in is rare enough to pay for the tidying: sessions that simply ran out go here, without a scheduler.
        await db.StaffSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var id = Guid.NewGuid();
        var session = new StaffSession(id, staffUserId, ticketFor(id), now, expiresAt);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);

        // Checked again once the row exists, in case access was switched off while this sign-in was under way.
        if (!await IsActiveAsync(db, staffUserId, cancellationToken))
        {
            await db.StaffSessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync(cancellationToken);
            throw new PermissionDeniedException(SwitchedOffMessage);
        }

        return session.Id;
    }

    /// <summary>The ticket of a live session; null when it has ended, has expired (it is removed then) or its person's access is off.</summary>
    public async Task<byte[]?> FindAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.StaffSessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.Ticket, s.ExpiresAt, Active = db.StaffUsers.Any(u => u.Id == s.StaffUserId && u.IsActive) })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null) return null;
        if (session.ExpiresAt <= now)
        {
            await db.StaffSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        return session.Active ? session.Ticket : null;
    }

    /// <summary>Keeps a live session going (sliding expiry). An ended session stays ended.</summary>
    public async Task RenewAsync(Guid sessionId, Guid staffUserId, byte[] ticket, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var renewed = await db.StaffSessions.Where(s => s.Id == sessionId && s.StaffUserId == staffUserId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, ticket).SetProperty(s => s.ExpiresAt, expiresAt), cancellationToken);
        if (renewed == 0)
        {
            // The cookie handler renews, rather than starts, a session when a sign-in arrives with a live cookie. If that
            // sign-in is someone else's, moving the session to them would hand them to any copy of the old cookie as well.
            await db.StaffSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Ends one session: its cookie has expired or has been thrown away.</summary>
    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.StaffSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Signing out: ends every session of the person, in every browser, and tells this server's open pages at once.</summary>
    public async Task EndAllAsync(Guid staffUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.StaffSessions.Where(s => s.StaffUserId == staffUserId).ExecuteDeleteAsync(cancellationToken);
        endings.Announce(staffUserId, SessionEndReason.SignedOut);
    }

    /// <summary>For an open page's revalidation: whether the person's access is on and, when known, their session still live.</summary>
    public async Task<bool> IsLiveAsync(Guid staffUserId, Guid? sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RefusalAsync(db, staffUserId, sessionId, clock.GetUtcNow().UtcDateTime, cancellationToken) is null;
    }

    /// <summary>
    /// Every write calls this on its own context before saving, so a page left open after its person signed out or lost
    /// access changes nothing, on any server, whatever the page still shows.
    /// </summary>
    internal static async Task RequireLiveAsync(ComplaintsDbContext db, CurrentStaff by, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(db, by.StaffUserId, by.SessionId, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } refusal)
        {
            throw new PermissionDeniedException(refusal);
        }
    }

    private static async Task<string?> RefusalAsync(ComplaintsDbContext db, Guid staffUserId, Guid? sessionId, DateTime now, CancellationToken cancellationToken)
    {
        if (!await IsActiveAsync(db, staffUserId, cancellationToken)) return SwitchedOffMessage;
        if (sessionId is { } id && !await db.StaffSessions.AnyAsync(s => s.Id == id && s.StaffUserId == staffUserId && s.ExpiresAt > now, cancellationToken))
        {
            return SignedOutMessage;
        }

        return null;
    }

    private static Task<bool> IsActiveAsync(ComplaintsDbContext db, Guid staffUserId, CancellationToken cancellationToken) =>
        db.StaffUsers.AnyAsync(s => s.Id == staffUserId && s.IsActive, cancellationToken);
}
