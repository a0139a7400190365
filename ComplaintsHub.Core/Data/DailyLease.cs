using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Core.Data;

/// <summary>
/// The once-a-day lease on a piece of scheduled work (<see cref="ScheduledWorkLease"/>): every app instance asks, one
/// conditional update lets exactly one of them take it, and it is marked finished for the day when the work is done.
/// A lease whose holder stopped runs out after <see cref="Length"/> for another instance to take.
/// </summary>
public sealed class DailyLease(IDbContextFactory<ComplaintsDbContext> dbFactory, string name, TimeSpan length, ILogger logger)
{
    private readonly string _instance = InstanceName();

    public string Name => name;
    public TimeSpan Length => length;

    /// <summary>True when this instance now holds the lease for <paramref name="today"/>'s run; false when the day's run is done or another instance is at it.</summary>
    public async Task<bool> TryTakeAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ScheduledWorkLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            db.ScheduledWorkLeases.Add(new ScheduledWorkLease(name, DateTime.UnixEpoch));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made the row at the same moment: the update below decides between us.
            }
        }

        // One statement, so of two instances asking at once the database lets one change the row and the other none.
        var taken = await db.ScheduledWorkLeases
            .Where(l => l.Name == name && l.HeldUntil < now && (l.LastCompletedOn == null || l.LastCompletedOn < today))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldBy, _instance).SetProperty(l => l.HeldUntil, now + length), cancellationToken);
        return taken == 1;
    }

    /// <summary>Holds the lease for another full length from <paramref name="now"/>, while the work goes on.</summary>
    public async Task RenewAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ScheduledWorkLeases.Where(l => l.Name == name && l.HeldBy == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldUntil, now + length), cancellationToken);
    }

    public async Task FinishAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ScheduledWorkLeases.Where(l => l.Name == name && l.HeldBy == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, today).SetProperty(l => l.HeldBy, (string?)null).SetProperty(l => l.HeldUntil, DateTime.UnixEpoch), cancellationToken);
    }

    /// <summary>After a failure: lets the next tick (here or on another instance) try again at once rather than after the lease runs out.</summary>
    public async Task ReleaseAsync()
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await db.ScheduledWorkLeases.Where(l => l.Name == name && l.HeldBy == _instance)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldBy, (string?)null).SetProperty(l => l.HeldUntil, DateTime.UnixEpoch), CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not release the {Lease} lease; it runs out by itself after {Length}", name, length);
        }
    }

    private static string InstanceName()
    {
        var instance = $"{Guid.NewGuid():N}/{Environment.MachineName}/{Environment.ProcessId}";
        return instance.Length > 100 ? instance[..100] : instance;
    }
}
