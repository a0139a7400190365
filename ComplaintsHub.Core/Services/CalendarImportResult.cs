using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

public sealed record CalendarImportResult(int ClosuresAdded, int HolidaysRemoved, int AdjustmentsDeleted)
{
    public bool ChangedAnything => ClosuresAdded + HolidaysRemoved + AdjustmentsDeleted > 0;
}
