using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// The Awaab's Law timescales, kept by the complaints team. Every change says who made it and when, on the record of
/// set-up changes, and is refused, naming who got there first, when the row changed since the page was opened.
/// </summary>
public sealed class HazardTimescaleSettings(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The longest each unit may count to: beyond these a typing slip, far past any legal timescale.</summary>
    public static int MaxCount(HazardTimescaleUnit unit) => unit switch
    {
        HazardTimescaleUnit.Hours => 168,
        HazardTimescaleUnit.Weeks => 52,
        _ => 100,
    };

    public async Task<IReadOnlyList<HazardTimescaleRow>> ListAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "see the hazard timescales' settings");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.HazardTimescales.AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(t => t.Severity).ThenBy(t => t.Order)
            .Select(t => new HazardTimescaleRow(t.Id, t.Severity, t.Order, t.Step, t.Count, t.Unit, t.AfterInvestigation, t.Version,
                t.UpdatedByName.Length == 0 ? null : t.UpdatedByName, t.UpdatedByName.Length == 0 ? null : t.UpdatedAt))
            .ToList();
    }

    public async Task SaveAsync(int id, Guid version, string? step, int count, HazardTimescaleUnit unit, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the hazard timescales");
        var name = InputText.CleanRequired(step).Trim();
        if (name.Length == 0) throw new InputRefusedException(HazardTimescaleFields.Step, "Name the step, for example \"Investigate\".");
        TextLimits.Require(name, TextLimits.Label, HazardTimescaleFields.Step, "The step");
        if (count < 1 || count > MaxCount(unit))
        {
            throw new InputRefusedException(HazardTimescaleFields.Count, $"A timescale in {unit.Describe(2)} must be from 1 to {MaxCount(unit)}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var row = await db.HazardTimescales.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new DomainException("That timescale no longer exists.");
        if (row.Version != version) throw new ConcurrencyException(Stale(row));
        var was = $"{row.Step}: {row.Count} {row.Unit.Describe(row.Count)}";
        if (row.Step == name && row.Count == count && row.Unit == unit) return;
        row.Step = name;
        row.Count = count;
        row.Unit = unit;
        var now = clock.GetUtcNow().UtcDateTime;
        row.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now,
            $"Awaab's Law timescale ({row.Severity.Describe()}) changed from \"{was}\" to \"{name}: {count} {unit.Describe(count)}\"."));
        await db.SaveExpectingAsync(row, version, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return Stale(await fresh.HazardTimescales.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken));
        }, cancellationToken);
    }

    /// <summary>Adds the regulations' timescales to a database that has none; a council's own changes are never overwritten.</summary>
    internal static async Task AddDefaultsIfNoneAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.HazardTimescales.AnyAsync(cancellationToken)) return;
        db.HazardTimescales.AddRange(DefaultHazardTimescales.Create());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server starting on the same database saved them first (one row per track and step): theirs stand.
            db.ChangeTracker.Clear();
        }
    }

    private static string Stale(HazardTimescale row) => StaleChange.Message($"The \"{row.Step}\" timescale", row.UpdatedByName, row.UpdatedAt);
}
