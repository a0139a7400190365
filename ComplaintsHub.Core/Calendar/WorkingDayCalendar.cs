using System.Collections.Concurrent;

namespace ComplaintsHub.Core.Calendar;

/// <summary>
/// Monday to Friday, less England and Wales bank holidays and the council's closure days. Immutable:
/// build a new one when the adjustments change.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, string> _closures = [];
    private readonly HashSet<DateOnly> _notHolidays = [];
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> _holidaysByYear = new();

    public WorkingDayCalendar(IEnumerable<ICalendarAdjustment>? adjustments = null)
        : this(adjustments?.Select(a => (a.Date, a.Kind, a.Description)))
    {
    }

    public WorkingDayCalendar(IEnumerable<(DateOnly Date, CalendarAdjustmentKind Kind, string Description)>? adjustments)
    {
        foreach (var (date, kind, description) in adjustments ?? [])
        {
            if (kind == CalendarAdjustmentKind.Closure) _closures[date] = description;
            else _notHolidays.Add(date);
        }
    }

    public static WorkingDayCalendar Standard { get; } = new((IEnumerable<ICalendarAdjustment>?)null);

    public bool IsWorkingDay(DateOnly date) =>
        !EnglandAndWalesBankHolidays.IsWeekend(date) && !_closures.ContainsKey(date) && !IsBankHoliday(date);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day itself is not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        if (workingDays < 0) throw new ArgumentOutOfRangeException(nameof(workingDays), "Count forwards only.");
        var date = start;
        for (var added = 0; added < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) added++;
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier. So a response sent on its due date is 0 days from it, and one sent the
    /// next working day is 1 working day late.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }

        return count;
    }

    /// <summary>On track, due within two working days, or overdue, as seen on <paramref name="today"/>.</summary>
    public DueStatus DueStatusOf(DateOnly due, DateOnly today)
    {
        if (today > due) return DueStatus.Overdue;
        return WorkingDaysBetween(today, due) <= 2 ? DueStatus.DueSoon : DueStatus.OnTrack;
    }

    /// <summary>Every weekday that is not worked in a year, with its name: bank holidays and closures.</summary>
    public IReadOnlyList<NonWorkingDay> NonWorkingWeekdaysIn(int year)
    {
        var days = HolidaysOf(year)
            .Where(h => !_notHolidays.Contains(h.Key))
            .Select(h => new NonWorkingDay(h.Key, h.Value, false))
            .Concat(_closures.Where(c => c.Key.Year == year && !EnglandAndWalesBankHolidays.IsWeekend(c.Key))
                .Select(c => new NonWorkingDay(c.Key, c.Value, true)));
        return days.GroupBy(d => d.Date).Select(g => g.First()).OrderBy(d => d.Date).ToList();
    }

    private bool IsBankHoliday(DateOnly date) => HolidaysOf(date.Year).ContainsKey(date) && !_notHolidays.Contains(date);

    private IReadOnlyDictionary<DateOnly, string> HolidaysOf(int year) =>
        _holidaysByYear.GetOrAdd(year, y => EnglandAndWalesBankHolidays.For(y).ToDictionary(h => h.Date, h => h.Name));
}
