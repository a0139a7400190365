namespace ComplaintsHub.Core.Inbox;

/// <summary>One email in full for the person dealing with it: its text, its attachments and whether its original was kept.</summary>
public sealed record InboxItemDetails(InboxRow Row, string TextBody, bool OriginalKept, long OriginalSize, IReadOnlyList<InboxAttachmentRow> Attachments);
