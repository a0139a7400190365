using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>A promised action as the case page shows it, with whether the person looking may complete or re-date it.</summary>
public sealed record CasePromisedAction(
    int Id, int StageNumber, string What, DateOnly DueDate, Guid OwnerId, string Owner, string? WhoText, PromisedActionStatus Status,
    DateTime? CompletedAt, string? CompletedBy, string? CompletionNote, bool Overdue, bool MayChange,
    Guid? CompletionDocumentId = null, string? CompletionDocumentName = null)
{
    public bool IsOpen => Status == PromisedActionStatus.Open;
}
