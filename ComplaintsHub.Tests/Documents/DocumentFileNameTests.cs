using ComplaintsHub.Core.Documents;

namespace ComplaintsHub.Tests.Documents;

/// <summary>A document's name is kept without paths or characters a file system refuses, within a length, never empty.</summary>
public class DocumentFileNameCleaning
{
    [Theory]
    [InlineData(@"C:\Users\tom\photo.jpg", "photo.jpg")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("what?<is>|this*.pdf", "what__is__this_.pdf")]
    [InlineData("line\r\nbreak\u202Egpj.pdf", "line__break_gpj.pdf")]
    [InlineData("  report.pdf. . ", "report.pdf")]
    [InlineData("", "document")]
    [InlineData("???", "document")]
    public void ANameIsCleaned(string given, string kept)
    {
        Assert.Equal(kept, DocumentFileNames.Clean(given));
    }

    [Fact]
    public void ALongNameIsShortenedKeepingItsExtension()
    {
        var clean = DocumentFileNames.Clean(new string('a', 400) + ".pdf");

        Assert.Equal((DocumentFileNames.MaxLength, ".pdf"), (clean.Length, clean[^4..]));
    }
}
