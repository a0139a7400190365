using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Keeps one file with the case, read from <paramref name="Content"/> as it arrives. Not an action of its own on the case
/// page's list: it is kept like a note, so whoever may add a note may add a document. The content is checked and written
/// first, then the row and the timeline line, all in one transaction.
/// </summary>
/// <param name="DeclaredLength">The size the browser reported, when known, so a file plainly too large is refused before it is sent.</param>
public sealed record AddDocumentCommand(string FileName, Stream Content, string? Description, long? DeclaredLength = null) : CaseCommand
{
    public const int DescriptionLimit = 2_000;

    public override CaseActionDefinition Action => AddNoteCommand.Definition;

    public override bool WritesContent => true;

    public override CaseCommand Checked() => this with { Description = CaseText.Optional(Description, "The description", DocumentFields.Description, DescriptionLimit) };

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var stored = await change.Documents.StoreAsync(change.Db, id, FileName, Content, DeclaredLength, cancellationToken);
        change.Db.CaseDocuments.Add(new CaseDocument(id, change.Case.Id, stored.FileName, stored.Kind, stored.ContentType, stored.Length, stored.Sha256,
            string.IsNullOrWhiteSpace(Description) ? null : Description, change.By, change.Now));
        change.Case.RecordDocumentAdded(stored.FileName, DocumentSizes.Describe(stored.Length), change.By, change.Now);
    }
}
