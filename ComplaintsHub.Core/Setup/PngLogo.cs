using System.Buffers.Binary;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// Checks an uploaded letterhead logo by its content, not its name: the PNG signature, then the IHDR chunk that every
/// PNG must start with, for its size in pixels.
/// </summary>
public static class PngLogo
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The refusal for a file over <see cref="CouncilProfile.MaxLogoBytes"/>, also said before a page reads such a file.</summary>
    public static string TooLarge(long length) =>
        $"The logo can be at most {CouncilProfile.MaxLogoBytes / 1024} KB, and this file is {(length + 1023) / 1024:N0} KB: save it smaller.";

    /// <summary>Returns the logo's width and height, or refuses it under <paramref name="field"/> saying why.</summary>
    public static (int Width, int Height) Check(byte[] bytes, string field)
    {
        if (bytes.Length == 0) throw new InputRefusedException(field, "The file is empty: choose the logo as a PNG image.");
        if (bytes.Length > CouncilProfile.MaxLogoBytes)
        {
            throw new InputRefusedException(field, TooLarge(bytes.Length));
        }

        // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InputRefusedException(field, "The file is not a PNG image (whatever its name says): save the logo as PNG and upload that.");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20, 4));
        if (width is 0 || height is 0 || width > CouncilProfile.MaxLogoPixels || height > CouncilProfile.MaxLogoPixels)
        {
            throw new InputRefusedException(field, $"The logo can be at most {CouncilProfile.MaxLogoPixels} × {CouncilProfile.MaxLogoPixels} pixels, and this one is {width} × {height}.");
        }

        return ((int)width, (int)height);
    }
}
