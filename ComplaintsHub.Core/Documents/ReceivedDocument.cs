using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// An upload that arrived whole and passed its checks, held in a temporary file (deleted when this is disposed) until
/// it is added to a case. The database is written only once the file is here, so a slow upload never holds a
/// transaction (on SQLite, every other save) open while it arrives.
/// </summary>
public sealed class ReceivedDocument : IAsyncDisposable
{
    private readonly FileStream _spool;

    internal ReceivedDocument(string fileName, DocumentKind kind, long length, string sha256, FileStream spool)
    {
        FileName = fileName;
        Kind = kind;
        Length = length;
        Sha256 = sha256;
        _spool = spool;
    }

    /// <summary>The name as uploaded, cleaned (<see cref="DocumentFileNames"/>).</summary>
    public string FileName { get; }
    public DocumentKind Kind { get; }
    public string ContentType => DocumentTypes.ContentTypeOf(Kind);
    public long Length { get; }
    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>The content from its start, for the store to read; this object still owns it.</summary>
    public Stream Content()
    {
        _spool.Position = 0;
        return _spool;
    }

    public ValueTask DisposeAsync() => _spool.DisposeAsync();
}
