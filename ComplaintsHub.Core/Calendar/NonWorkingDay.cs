namespace ComplaintsHub.Core.Calendar;

public sealed record NonWorkingDay(DateOnly Date, string Name, bool IsAdjustment);
