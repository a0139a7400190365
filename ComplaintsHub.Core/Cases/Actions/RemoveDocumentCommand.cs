using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Removes a document's content for a reason (sent to the wrong case, someone else's personal data). The complaints team
/// only: the row stays as the tombstone and the timeline keeps the name, who removed it and why.
/// </summary>
public sealed record RemoveDocumentCommand(Guid DocumentId, string Reason) : CaseCommand
{
    public override CaseActionDefinition Action => AddNoteCommand.Definition;

    public override bool WritesContent => true;

    public override CaseCommand Checked()
    {
        var reason = CaseText.Required(Reason, "The reason", DocumentFields.Reason);
        if (reason.Trim().Length == 0) throw new InputRefusedException(DocumentFields.Reason, "Give the reason for removing the document: it is kept on the timeline.");
        return this with { Reason = reason };
    }

    public override string? RoleRefusal(CurrentStaff staff, Complaint complaint) =>
        staff.Roles.Overlaps(StaffRoles.ComplaintsTeam) ? null : $"Removing a document is for {StaffRoles.Who(StaffRoles.ComplaintsTeam)}.";

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var document = await change.Db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == DocumentId && d.ComplaintId == change.Case.Id, cancellationToken)
            ?? throw new DomainException("That document is not on this case.");
        document.Remove(Reason, change.By, change.Now);
        await change.DocumentContent.DeleteAsync(change.Db, DocumentId, cancellationToken);
        change.Case.RecordDocumentRemoved(document.FileName, Reason, change.By, change.Now);
    }
}
