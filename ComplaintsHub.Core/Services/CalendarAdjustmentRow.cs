using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Services;

public sealed record CalendarAdjustmentRow(int Id, DateOnly Date, CalendarAdjustmentKind Kind, string Description, Guid Version);
