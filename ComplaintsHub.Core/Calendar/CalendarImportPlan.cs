namespace ComplaintsHub.Core.Calendar;

public sealed record CalendarImportPlan(
    IReadOnlyList<BankHoliday> ClosuresToAdd,
    IReadOnlyList<BankHoliday> NotHolidaysToAdd,
    IReadOnlyList<ICalendarAdjustment> AdjustmentsToRemove)
{
    public bool IsEmpty => ClosuresToAdd.Count == 0 && NotHolidaysToAdd.Count == 0 && AdjustmentsToRemove.Count == 0;
}
