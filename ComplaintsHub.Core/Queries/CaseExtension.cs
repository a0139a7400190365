namespace ComplaintsHub.Core.Queries;

public sealed record CaseExtension(DateOnly PreviousDue, DateOnly NewDue, int WorkingDays, string Reason, DateTime ComplainantToldAt);
