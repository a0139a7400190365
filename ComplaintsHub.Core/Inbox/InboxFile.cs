namespace ComplaintsHub.Core.Inbox;

/// <summary>A kept original (.eml) or attachment, for download.</summary>
public sealed record InboxFile(string FileName, string ContentType, byte[] Content);
