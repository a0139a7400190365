using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Inbox;

/// <summary>One email in the inbox list, with what became of it.</summary>
/// <param name="SuggestedReference">The first case reference its subject quotes, offered when attaching it by hand.</param>
public sealed record InboxRow(
    long Id, Guid Version, string FromAddress, string FromName, string Subject, DateTime SentAt, InboxItemStatus Status, int AttachmentCount,
    string? CaseReference, string? DismissReason, string? HandledByName, DateTime? HandledAt, string? SuggestedReference);
