namespace ComplaintsHub.Tests.Documents;

/// <summary>Small files whose first bytes are those of the kind they claim, with varied bytes after them.</summary>
internal static class SampleFiles
{
    public static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    public static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF, 0xE0];
    public static readonly byte[] PdfStart = "%PDF-1.7\n"u8.ToArray();
    public static readonly byte[] WindowsProgramStart = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    /// <summary><paramref name="length"/> bytes starting <paramref name="start"/>, the rest from a fixed seed (every byte value occurs).</summary>
    public static byte[] Make(byte[] start, int length, int seed = 17)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        start.CopyTo(bytes, 0);
        return bytes;
    }
}
