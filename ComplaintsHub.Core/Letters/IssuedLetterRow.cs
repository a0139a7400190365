using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>An issued letter as the case lists it; <see cref="HasPdf"/> is false for a letter issued before PDFs were made.</summary>
public sealed record IssuedLetterRow(int Id, LetterType Type, int StageNumber, int TemplateRevision, string FileName, string IssuedBy, DateTime IssuedAt, bool LargePrint, bool HasPdf)
{
    public string PdfFileName => Path.ChangeExtension(FileName, ".pdf");
}
