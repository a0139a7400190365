using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Services;

public sealed record CalendarAdjustmentRow(int Id, DateOnly Date, CalendarAdjustmentKind Kind, string Description, Guid Version);
