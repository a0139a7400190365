namespace ComplaintsHub.Core.Queries;

/// <summary>An open promised action in a list ("My work", the team leaders' list): its case, what, by when, whose, and whether it is late.</summary>
/// <param name="Overdue">Its date has passed: working days do not matter here, a promise made for a date is late the day after.</param>
public sealed record PromisedActionRow(
    int Id, int CaseId, string Reference, string ServiceArea, int StageNumber, string What, DateOnly DueDate, Guid OwnerId, string Owner, bool Overdue);
