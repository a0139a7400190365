using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases;

/// <summary>Dates typed into a case action: when something already happened, checked against the case's today.</summary>
public static class CaseDates
{
    /// <summary>A date on which something happened: not after today, and not implausibly long ago.</summary>
    public static void RequireHappened(DateOnly date, DateOnly today, string futureMessage, string what, string field = CaseActionFields.Date)
    {
        if (date > today) throw new InputRefusedException(field, futureMessage);
        PlausibleDates.RequirePast(date, today, field, what);
    }

    /// <summary>Noon UK time on a past day: a time of day no one recorded, well inside the day whatever the clocks do.</summary>
    public static DateTime MiddayOf(DateOnly date) => UkTime.ToUtc(date.ToDateTime(new TimeOnly(12, 0)));
}
