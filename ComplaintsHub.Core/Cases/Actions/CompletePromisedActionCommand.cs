using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Marks a promised action done with a note of what was done and, optionally, a case document showing it.</summary>
public sealed record CompletePromisedActionCommand(int ActionId, string Note, Guid? DocumentId = null) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.CompletePromisedAction, "Complete a promised action", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Note = CaseText.Required(Note, "What was done") };

    public override string? RoleRefusal(CurrentStaff staff, Complaint complaint) =>
        Action.RoleRefusal(staff, complaint) ?? PromisedActionRights.Refusal(staff, complaint, ActionId);

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        // Read through the change's context, so a document removed a moment ago is seen as removed (the aggregate refuses it).
        var document = DocumentId is { } id ? await change.Db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == id && d.ComplaintId == change.Case.Id, cancellationToken) : null;
        if (DocumentId is not null && document is null) throw new DomainException("That document is not on this case any more: choose another, or none.");
        change.Case.CompletePromisedAction(ActionId, Note, document, change.By, change.Now);
    }
}
