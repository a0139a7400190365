using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Marks a promised action done with a note of what was done and, optionally, a case document showing it.</summary>
public sealed record CompletePromisedActionCommand(int ActionId, string Note, int? DocumentId = null) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.CompletePromisedAction, "Complete a promised action", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Note = CaseText.Required(Note, "What was done") };

    public override string? RoleRefusal(CurrentStaff staff, Complaint complaint) =>
        Action.RoleRefusal(staff, complaint) ?? PromisedActionRights.Refusal(staff, complaint, ActionId);

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.CompletePromisedAction(ActionId, Note, DocumentId, change.By, change.Now);
        return Task.CompletedTask;
    }
}
