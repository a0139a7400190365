using System.Text;
using ComplaintsHub.Core.Domain;
using MimeKit;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// Tells what a file is from its first bytes (its "magic number"), and refuses it when that does not agree with the
/// extension of its name: a program renamed to .pdf is still a program. Formats with no magic of their own are narrowed
/// by their name only after the content shows their family (a zip for .docx/.xlsx, an Office compound file for
/// .doc/.xls/.msg); an .eml must read as an email's headers.
/// </summary>
public static class DocumentTypes
{
    /// <summary>How much of the start of a file detection reads: enough for an email's headers.</summary>
    public const int HeadLength = 64 * 1024;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] WindowsProgram = "MZ"u8.ToArray();
    private static readonly byte[] LinuxProgram = [0x7F, 0x45, 0x4C, 0x46];
    private static readonly string[] HeicBrands = ["heic", "heix", "mif1", "msf1"];

    public static IReadOnlyList<string> ExtensionsOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Jpeg => [".jpg", ".jpeg", ".jfif"],
        DocumentKind.Png => [".png"],
        DocumentKind.Gif => [".gif"],
        DocumentKind.WebP => [".webp"],
        DocumentKind.Heic => [".heic", ".heif"],
        DocumentKind.Pdf => [".pdf"],
        DocumentKind.Word => [".docx"],
        DocumentKind.Excel => [".xlsx"],
        DocumentKind.LegacyWord => [".doc"],
        DocumentKind.LegacyExcel => [".xls"],
        DocumentKind.OutlookMessage => [".msg"],
        DocumentKind.Email => [".eml"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ContentTypeOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Jpeg => "image/jpeg",
        DocumentKind.Png => "image/png",
        DocumentKind.Gif => "image/gif",
        DocumentKind.WebP => "image/webp",
        DocumentKind.Heic => "image/heic",
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentKind.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DocumentKind.LegacyWord => "application/msword",
        DocumentKind.LegacyExcel => "application/vnd.ms-excel",
        DocumentKind.OutlookMessage => "application/vnd.ms-outlook",
        DocumentKind.Email => "message/rfc822",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind as the case page lists it ("PDF", "Word document").</summary>
    public static string NameOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Jpeg => "JPEG photo",
        DocumentKind.Png => "PNG image",
        DocumentKind.Gif => "GIF image",
        DocumentKind.WebP => "WebP image",
        DocumentKind.Heic => "HEIC photo",
        DocumentKind.Pdf => "PDF",
        DocumentKind.Word => "Word document",
        DocumentKind.Excel => "Excel workbook",
        DocumentKind.LegacyWord => "Word 97–2003 document",
        DocumentKind.LegacyExcel => "Excel 97–2003 workbook",
        DocumentKind.OutlookMessage => "Outlook message",
        DocumentKind.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"a PDF", "an Excel workbook".</summary>
    public static string WithArticle(DocumentKind kind) => $"{("AEIOU".Contains(char.ToUpperInvariant(NameOf(kind)[0])) ? "an" : "a")} {NameOf(kind)}";

    /// <summary>What kinds may be added, as a sentence names them.</summary>
    public static string Describe(IReadOnlySet<DocumentKind> allowed) =>
        string.Join(", ", Enum.GetValues<DocumentKind>().Where(allowed.Contains).SelectMany(ExtensionsOf));

    /// <summary>What <paramref name="head"/> (the start of the file, up to <see cref="HeadLength"/> bytes) is, given the name it came with.</summary>
    public static DocumentDetection Detect(ReadOnlySpan<byte> head, string fileName, IReadOnlySet<DocumentKind> allowed)
    {
        if (head.IsEmpty) return DocumentDetection.Refused("This file is empty.");
        var extension = DocumentFileNames.Extension(fileName);
        var named = Enum.GetValues<DocumentKind>().Where(k => ExtensionsOf(k).Contains(extension)).Cast<DocumentKind?>().SingleOrDefault();
        if (named is null)
        {
            return DocumentDetection.Refused(
                $"{(extension.Length == 0 ? "Files without an extension" : $"Files ending {extension}")} cannot be added. Add {Describe(allowed)} files.");
        }

        var (actual, whatItIs) = ByContent(head, named.Value);
        if (actual != named)
        {
            var what = whatItIs ?? (actual is { } a ? WithArticle(a) : null);
            return DocumentDetection.Refused(what is null
                ? $"This file is not really {WithArticle(named.Value)}: its content does not match its name ({extension})."
                : $"This file is {what}, not {WithArticle(named.Value)}.");
        }

        return allowed.Contains(named.Value)
            ? DocumentDetection.Accepted(named.Value)
            : DocumentDetection.Refused($"{NameOf(named.Value)} files cannot be added here. Add {Describe(allowed)} files.");
    }

    /// <summary>The kind the content shows (narrowed by the name's kind where the content alone cannot tell), and what it is when it is none of ours.</summary>
    private static (DocumentKind? Kind, string? WhatItIs) ByContent(ReadOnlySpan<byte> head, DocumentKind named)
    {
        if (head.StartsWith(Jpeg)) return (DocumentKind.Jpeg, null);
        if (head.StartsWith(Png)) return (DocumentKind.Png, null);
        if (head.StartsWith(Gif87) || head.StartsWith(Gif89)) return (DocumentKind.Gif, null);
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return (DocumentKind.WebP, null);
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && HeicBrands.Contains(Encoding.ASCII.GetString(head[8..12]))) return (DocumentKind.Heic, null);
        if (head.StartsWith(Pdf)) return (DocumentKind.Pdf, null);
        if (head.StartsWith(Zip))
        {
            return named is DocumentKind.Word or DocumentKind.Excel ? (named, null) : (null, "a zip archive");
        }

        if (head.StartsWith(CompoundFile))
        {
            return named is DocumentKind.LegacyWord or DocumentKind.LegacyExcel or DocumentKind.OutlookMessage ? (named, null) : (null, "an older Microsoft Office file");
        }

        if (head.StartsWith(WindowsProgram)) return (null, "a Windows program");
        if (head.StartsWith(LinuxProgram)) return (null, "a Linux program");
        if (head.StartsWith("#!"u8)) return (null, "a script");
        return named == DocumentKind.Email && IsEmail(head) ? (DocumentKind.Email, null) : (null, null);
    }

    /// <summary>Text (no NUL bytes) that opens with an email's headers: a sender, and a date or a server's "Received" line.</summary>
    private static bool IsEmail(ReadOnlySpan<byte> head)
    {
        if (head.Contains((byte)0)) return false;
        try
        {
            using var stream = new MemoryStream(head.ToArray(), writable: false);
            var headers = HeaderList.Load(stream);
            return headers.Contains(HeaderId.From) && (headers.Contains(HeaderId.Date) || headers.Contains(HeaderId.Received));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
