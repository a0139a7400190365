namespace ComplaintsHub.Tests.Documents;

/// <summary>
/// A read-only stream of <paramref name="length"/> bytes: <paramref name="start"/>, then zeros, made as they are read, so
/// a test can send a file larger than the limit without holding it. Counts what was read, to show a refusal came early.
/// </summary>
internal sealed class GeneratedContent(byte[] start, long length) : Stream
{
    private long _read;

    public long BytesRead => _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _read);
        for (var i = 0; i < count; i++)
        {
            var at = _read + i;
            buffer[i] = at < start.Length ? start[at] : (byte)0;
        }

        _read += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
