namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A file that came with an inbox email. One larger than the mailbox's limit is still listed, with its name and size,
/// but its content is not kept (<see cref="Content"/> is null), so no one is left thinking there was nothing attached.
/// </summary>
public sealed class InboxAttachment
{
    private InboxAttachment() { }

    public InboxAttachment(string fileName, string contentType, long size, byte[]? content)
    {
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Content = content;
    }

    public long Id { get; private set; }
    public long InboxItemId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    /// <summary>The decoded size in bytes, known whether or not the content was kept.</summary>
    public long Size { get; private set; }
    public byte[]? Content { get; private set; }

    public bool IsKept => Content is not null;
}
