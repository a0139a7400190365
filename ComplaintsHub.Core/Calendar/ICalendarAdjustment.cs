namespace ComplaintsHub.Core.Calendar;

/// <summary>
/// A change to the computed calendar as the calendar reads it: a day and what it is. The stored change (with who made it
/// and its version) is the domain's <c>CalendarAdjustment</c>; the calendar needs only this much of it.
/// </summary>
public interface ICalendarAdjustment
{
    DateOnly Date { get; }
    CalendarAdjustmentKind Kind { get; }
    string Description { get; }
}
