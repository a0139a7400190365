using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Documents;

/// <summary>A document's content read one stored piece at a time, through a context of its own that it disposes.</summary>
internal sealed class ChunkedReadStream(ComplaintsDbContext db, Guid documentId) : Stream
{
    private byte[] _chunk = [];
    private int _offset;
    private int _nextIndex;
    private bool _finished;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty) return 0;
        while (_offset == _chunk.Length)
        {
            if (_finished) return 0;
            var index = _nextIndex++;
            var next = await db.CaseDocumentChunks.AsNoTracking().Where(c => c.DocumentId == documentId && c.Index == index).Select(c => c.Bytes).SingleOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                _finished = true;
                return 0;
            }

            (_chunk, _offset) = (next, 0);
        }

        var count = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read document content asynchronously.");
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) db.Dispose();
        base.Dispose(disposing);
    }
}
