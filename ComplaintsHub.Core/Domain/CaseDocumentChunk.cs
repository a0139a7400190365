namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One piece of a case document's content, in order by <see cref="Index"/>. Content is stored in pieces so that neither
/// writing nor reading a document needs the whole file in memory on either database.
/// </summary>
public sealed class CaseDocumentChunk
{
    private CaseDocumentChunk() { }

    public CaseDocumentChunk(Guid documentId, int index, byte[] bytes)
    {
        DocumentId = documentId;
        Index = index;
        Bytes = bytes;
    }

    public Guid DocumentId { get; private set; }
    public int Index { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}
