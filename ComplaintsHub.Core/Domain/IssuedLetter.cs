namespace ComplaintsHub.Core.Domain;

/// <summary>
/// An issued letter, kept exactly as sent: the Word document and the PDF made from it (letters issued before PDFs were
/// made have none). The context refuses to change or delete it.
/// </summary>
public sealed class IssuedLetter
{
    private IssuedLetter() { }

    public IssuedLetter(int complaintId, int stageNumber, LetterType type, int templateId, int templateRevision, string fileName, byte[] content,
        byte[] pdfContent, bool largePrint, string addressedTo, Actor by, DateTime at)
    {
        ComplaintId = complaintId;
        StageNumber = stageNumber;
        Type = type;
        TemplateId = templateId;
        TemplateRevision = templateRevision;
        FileName = fileName;
        Content = content;
        PdfContent = pdfContent;
        LargePrint = largePrint;
        AddressedTo = addressedTo;
        IssuedById = by.StaffUserId;
        IssuedByName = by.Name;
        IssuedAt = at;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public int StageNumber { get; private set; }
    public LetterType Type { get; private set; }
    public int TemplateId { get; private set; }
    public int TemplateRevision { get; private set; }
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public byte[]? PdfContent { get; private set; }
    public bool LargePrint { get; private set; }
    public string AddressedTo { get; private set; } = "";
    public Guid IssuedById { get; private set; }
    public string IssuedByName { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
}
