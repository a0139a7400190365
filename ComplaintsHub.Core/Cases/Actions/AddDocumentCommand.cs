using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Keeps one received file (<see cref="DocumentIntake.ReceiveAsync"/>: already checked) with the case. Not an action of
/// its own on the case page's list: it is kept like a note, so whoever may add a note may add a document. The content
/// is written first, then the row and the timeline line, all in one transaction.
/// </summary>
public sealed record AddDocumentCommand(ReceivedDocument Document, string? Description) : CaseCommand
{
    public const int DescriptionLimit = 2_000;

    public override CaseActionDefinition Action => AddNoteCommand.Definition;

    public override bool WritesContent => true;

    public override CaseCommand Checked() => this with { Description = CaseText.Optional(Description, "The description", DocumentFields.Description, DescriptionLimit) };

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await change.DocumentContent.WriteAsync(change.Db, id, Document.Content(), cancellationToken);
        change.Db.CaseDocuments.Add(new CaseDocument(id, change.Case.Id, Document.FileName, Document.Kind, Document.ContentType, Document.Length, Document.Sha256,
            string.IsNullOrWhiteSpace(Description) ? null : Description, change.By, change.Now));
        change.Case.RecordDocumentAdded(Document.FileName, DocumentSizes.Describe(Document.Length), change.By, change.Now);
    }
}
