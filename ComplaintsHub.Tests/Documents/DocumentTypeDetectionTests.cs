using System.IO.Compression;
using System.Text;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Documents;

/// <summary>A file is what its content shows, and is kept only when its name agrees and its kind is allowed.</summary>
public class DocumentTypeDetection
{
    private static readonly IReadOnlySet<DocumentKind> Every = Enum.GetValues<DocumentKind>().ToHashSet();

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) zip.CreateEntry(entry);
        return stream.ToArray();
    }

    public static TheoryData<string, byte[], DocumentKind> Genuine => new()
    {
        { "photo.JPG", Bytes("FFD8FFE1 0000"), DocumentKind.Jpeg },
        { "plan.png", SampleFiles.PngStart, DocumentKind.Png },
        { "leak.gif", "GIF89a.."u8.ToArray(), DocumentKind.Gif },
        { "wall.webp", "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), DocumentKind.WebP },
        { "ceiling.heic", "\0\0\0\u0018ftypheic\0\0\0\0"u8.ToArray(), DocumentKind.Heic },
        { "survey.pdf", SampleFiles.PdfStart, DocumentKind.Pdf },
        { "letter.docx", Zip("word/document.xml"), DocumentKind.Word },
        { "costs.xlsx", Zip("xl/workbook.xml"), DocumentKind.Excel },
        { "old.doc", Bytes("D0CF11E0A1B11AE1 00"), DocumentKind.LegacyWord },
        { "old.xls", Bytes("D0CF11E0A1B11AE1 00"), DocumentKind.LegacyExcel },
        { "email.msg", Bytes("D0CF11E0A1B11AE1 00"), DocumentKind.OutlookMessage },
        { "email.eml", "From: Grace <grace@example.net>\r\nDate: Mon, 16 Nov 2026 09:00:00 +0000\r\nSubject: Mould\r\n\r\nThe mould is back.\r\n"u8.ToArray(), DocumentKind.Email },
    };

    [Theory, MemberData(nameof(Genuine))]
    public void AFileWhoseContentMatchesItsNameIsAcceptedAsThatKind(string name, byte[] content, DocumentKind kind)
    {
        Assert.Equal(DocumentDetection.Accepted(kind), DocumentTypes.Detect(content, name, Every));
    }

    [Theory]
    [InlineData("invoice.pdf", "4D5A9000", "This file is a Windows program, not a PDF.")]
    [InlineData("photo.jpg", "7F454C46", "This file is a Linux program, not a JPEG photo.")]
    [InlineData("photo.jpg", "89504E470D0A1A0A", "This file is a PNG image, not a JPEG photo.")]
    [InlineData("report.pdf", "504B0304", "This file is a zip archive, not a PDF.")]
    [InlineData("letter.docx", "255044462D", "This file is a PDF, not a Word document.")]
    [InlineData("notes.eml", "48656C6C6F", "This file is not really an email: its content does not match its name (.eml).")]
    public void AFileWhoseContentDoesNotMatchItsNameIsRefusedSayingWhatItIs(string name, string hex, string refusal)
    {
        Assert.Equal(DocumentDetection.Refused(refusal), DocumentTypes.Detect(Bytes(hex), name, Every));
    }

    [Fact]
    public void AnEmailWithAZeroByteInItIsNotAnEmail()
    {
        var content = Encoding.ASCII.GetBytes("From: grace@example.net\r\nDate: Mon, 16 Nov 2026 09:00:00 +0000\r\n\r\nx\0y");

        Assert.Null(DocumentTypes.Detect(content, "mail.eml", Every).Kind);
    }

    [Fact]
    public void AKindTheCouncilDoesNotAllowIsRefusedNamingWhatMayBeAdded()
    {
        var detection = DocumentTypes.Detect(SampleFiles.PdfStart, "survey.pdf", new HashSet<DocumentKind> { DocumentKind.Jpeg, DocumentKind.Png });

        Assert.Equal("PDF files cannot be added here. Add .jpg, .jpeg, .jfif, .png files.", detection.Refusal);
    }

    [Theory]
    [InlineData("notes.txt", "Files ending .txt cannot be added.")]
    [InlineData("README", "Files without an extension cannot be added.")]
    public void AFileOfAnUnknownKindIsRefusedByItsName(string name, string start)
    {
        Assert.StartsWith(start, DocumentTypes.Detect("hello"u8, name, Every).Refusal);
    }

    [Fact]
    public void AnEmptyFileIsRefused()
    {
        Assert.Equal("This file is empty.", DocumentTypes.Detect([], "photo.jpg", Every).Refusal);
    }
}
