using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

/// <summary>
/// The council's working-day calendar: computed bank holidays plus the adjustments kept in the database.
/// The built calendar is cached and rebuilt after every change made here (and at most a few minutes stale
/// when another server changed it).
/// </summary>
public sealed class CalendarService(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The field names a refused calendar change is reported under.</summary>
    public const string DateField = "Date";
    public const string DescriptionField = "Description";

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (WorkingDayCalendar Calendar, DateTimeOffset LoadedAt)? _cached;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } hit && clock.GetUtcNow() - hit.LoadedAt < CacheLifetime) return hit.Calendar;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && clock.GetUtcNow() - again.LoadedAt < CacheLifetime) return again.Calendar;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var adjustments = await db.CalendarAdjustments.AsNoTracking().ToListAsync(cancellationToken);
            var calendar = new WorkingDayCalendar(adjustments);
            _cached = (calendar, clock.GetUtcNow());
            return calendar;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<CalendarAdjustmentRow>> ListAdjustmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarAdjustments.AsNoTracking()
            .OrderBy(a => a.Date)
            .Select(a => new CalendarAdjustmentRow(a.Id, a.Date, a.Kind, a.Description, a.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task AddAdjustmentAsync(DateOnly date, CalendarAdjustmentKind kind, string description, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the working-day calendar");
        description = InputText.CleanRequired(description);
        if (string.IsNullOrWhiteSpace(description)) throw new InputRefusedException(DescriptionField, "Give the day a description, e.g. \"Platinum Jubilee bank holiday\".");
        TextLimits.Require(description, TextLimits.Label, DescriptionField, "The description");
        var today = UkTime.Today(clock);
        if (!PlausibleDates.IsCalendarDay(date, today))
        {
            throw new InputRefusedException(DateField, $"The calendar can be changed for days {PlausibleDates.CalendarRange(today)}: check the year of {date:d MMMM yyyy}.");
        }

        if (kind == CalendarAdjustmentKind.NotAHoliday && EnglandAndWalesBankHolidays.For(date.Year).All(h => h.Date != date))
        {
            throw new DomainException($"{date:dddd d MMMM yyyy} is not a standard bank holiday, so it cannot be removed as one.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        if (await db.CalendarAdjustments.AnyAsync(a => a.Date == date && a.Kind == kind, cancellationToken))
        {
            throw new DomainException($"{date:d MMMM yyyy} is already in the calendar as {Describe(kind)}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.CalendarAdjustments.Add(new CalendarAdjustment(date, kind, description, by.StaffUserId, now));
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.CalendarChanged, by.Actor, now, $"Calendar: {date:d MMMM yyyy} added as {Describe(kind)} ({description.Trim()})."));
        await db.SaveChangesAsync(cancellationToken);
        Invalidate();
    }

    public async Task RemoveAdjustmentAsync(int id, Guid version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the working-day calendar");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var adjustment = await db.CalendarAdjustments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new ConcurrencyException("That calendar day has already been removed by someone else. Reload to see the calendar as it is now.");
        db.CalendarAdjustments.Remove(adjustment);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.CalendarChanged, by.Actor, clock.GetUtcNow().UtcDateTime,
            $"Calendar: {adjustment.Date:d MMMM yyyy} no longer {Describe(adjustment.Kind)} ({adjustment.Description})."));
        await db.SaveExpectingAsync(adjustment, version, "That calendar day was changed by someone else while you were looking. Reload and try again.", cancellationToken);

        Invalidate();
    }

    /// <summary>Makes the calendar match a GOV.UK <c>bank-holidays.json</c> file for every year the file covers.</summary>
    public async Task<CalendarImportResult> ImportGovUkAsync(string json, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "import bank holidays");
        var imported = GovUkBankHolidays.Parse(json, UkTime.Today(clock));
        if (imported.Count == 0) throw new DomainException("The file lists no england-and-wales bank holidays.");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var existing = await db.CalendarAdjustments.ToListAsync(cancellationToken);
        var plan = GovUkBankHolidays.Plan(imported, existing);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var closure in plan.ClosuresToAdd)
        {
            db.CalendarAdjustments.Add(new CalendarAdjustment(closure.Date, CalendarAdjustmentKind.Closure, closure.Name, by.StaffUserId, now));
        }

        foreach (var notHoliday in plan.NotHolidaysToAdd)
        {
            db.CalendarAdjustments.Add(new CalendarAdjustment(notHoliday.Date, CalendarAdjustmentKind.NotAHoliday, notHoliday.Name, by.StaffUserId, now));
        }

        db.CalendarAdjustments.RemoveRange(plan.AdjustmentsToRemove.Cast<CalendarAdjustment>());
        var years = imported.Select(h => h.Date.Year).ToList();
        var result = new CalendarImportResult(plan.ClosuresToAdd.Count, plan.NotHolidaysToAdd.Count, plan.AdjustmentsToRemove.Count);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.CalendarChanged, by.Actor, now,
            $"Calendar: imported GOV.UK bank holidays {years.Min()}–{years.Max()}: {result.ClosuresAdded} added, {result.HolidaysRemoved} standard days removed, {result.AdjustmentsDeleted} old changes undone."));
        await db.SaveChangesAsync(cancellationToken);
        Invalidate();
        return result;
    }

    private void Invalidate() => _cached = null;

    private static string Describe(CalendarAdjustmentKind kind) =>
        kind == CalendarAdjustmentKind.Closure ? "a closure day" : "not a bank holiday";
}
