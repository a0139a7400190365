using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Gives a promised action a new date, saying why; the timeline keeps the date it had.</summary>
public sealed record RedatePromisedActionCommand(int ActionId, DateOnly NewDate, string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.RedatePromisedAction, "Re-date a promised action", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CaseText.Required(Reason, "The reason for the new date") };

    public override string? RoleRefusal(CurrentStaff staff, Complaint complaint) =>
        Action.RoleRefusal(staff, complaint) ?? PromisedActionRights.Refusal(staff, complaint, ActionId);

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        if (NewDate < change.Today) throw new InputRefusedException(CaseActionFields.Date, "The new date cannot be in the past.");
        change.Case.RedatePromisedAction(ActionId, NewDate, Reason, change.By, change.Now);
        return Task.CompletedTask;
    }
}
