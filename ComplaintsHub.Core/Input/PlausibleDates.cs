namespace ComplaintsHub.Core.Input;

/// <summary>
/// The dates a person can sensibly enter, defined once. A year typed as 1 or 9999 is a slip, not a fact: it is
/// refused with the range instead of being saved and then breaking deadlines and reports.
/// </summary>
public static class PlausibleDates
{
    /// <summary>Nothing the council records happened before this: the earliest complaints were migrated from 2000.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>How far ahead a deadline agreed with someone (a response date, an Ombudsman compliance date) can be.</summary>
    public const int YearsAhead = 3;

    /// <summary>How far ahead the working-day calendar can be changed.</summary>
    public const int CalendarYearsAhead = 10;

    /// <summary>Something that has happened: from <see cref="Earliest"/> to today.</summary>
    public static void RequirePast(DateOnly date, DateOnly today, string field, string what)
    {
        if (date < Earliest || date > today)
        {
            throw new InputRefusedException(field, $"{what} must be between {Earliest:d MMMM yyyy} and today ({today:d MMMM yyyy}).");
        }
    }

    /// <summary>A deadline: from <see cref="Earliest"/> to <see cref="YearsAhead"/> years from today.</summary>
    public static void RequireDeadline(DateOnly date, DateOnly today, string field, string what)
    {
        var latest = today.AddYears(YearsAhead);
        if (date < Earliest || date > latest)
        {
            throw new InputRefusedException(field, $"{what} must be between {Earliest:d MMMM yyyy} and {latest:d MMMM yyyy}.");
        }
    }

    /// <summary>A day in the working-day calendar: from <see cref="Earliest"/> to the end of the year <see cref="CalendarYearsAhead"/> years on.</summary>
    public static bool IsCalendarDay(DateOnly date, DateOnly today) => date >= Earliest && date.Year <= today.Year + CalendarYearsAhead;

    public static string CalendarRange(DateOnly today) => $"from {Earliest.Year} to {today.Year + CalendarYearsAhead}";
}
