using System.Security.Cryptography;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// The upload as the store reads it: the start already read for detection, then the rest of the source; counts and
/// hashes what passes and refuses, naming the limit, as soon as it passes the size limit.
/// </summary>
internal sealed class CheckedContentStream(byte[] head, Stream rest, long maxBytes, string tooLarge) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _headOffset;

    public long BytesRead { get; private set; }

    public string Sha256() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (_headOffset < head.Length)
        {
            read = Math.Min(buffer.Length, head.Length - _headOffset);
            head.AsMemory(_headOffset, read).CopyTo(buffer);
            _headOffset += read;
        }
        else
        {
            read = await rest.ReadAsync(buffer, cancellationToken);
        }

        BytesRead += read;
        if (BytesRead > maxBytes) throw new InputRefusedException(DocumentFields.File, tooLarge);
        _hash.AppendData(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read uploads asynchronously.");
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
