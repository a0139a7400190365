namespace ComplaintsHub.Core.Calendar;

public sealed record BankHoliday(DateOnly Date, string Name);
