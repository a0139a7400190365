namespace ComplaintsHub.Core.Inbox;

/// <summary>An attachment as listed with its email: <see cref="IsKept"/> is false for one too large to keep.</summary>
public sealed record InboxAttachmentRow(long Id, string FileName, string ContentType, long Size, bool IsKept);
