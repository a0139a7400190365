namespace ComplaintsHub.Core.Services;

public sealed record CalendarImportResult(int ClosuresAdded, int HolidaysRemoved, int AdjustmentsDeleted)
{
    public bool ChangedAnything => ClosuresAdded + HolidaysRemoved + AdjustmentsDeleted > 0;
}
