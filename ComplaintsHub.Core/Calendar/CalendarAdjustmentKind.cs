namespace ComplaintsHub.Core.Calendar;

public enum CalendarAdjustmentKind
{
    /// <summary>An extra non-working day: a one-off bank holiday or a council closure day.</summary>
    Closure,
    /// <summary>A date the standard rules make a bank holiday but which is not one that year (e.g. a moved spring bank holiday).</summary>
    NotAHoliday,
}
