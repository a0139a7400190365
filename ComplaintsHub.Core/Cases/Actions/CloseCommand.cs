using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Closes the case with the current stage's outcome; it can still be escalated within the window.</summary>
/// <param name="OpenActionsConfirmed">The person saw the promised actions still open and closes anyway; without it, closing over them is refused.</param>
public sealed record CloseCommand(bool OpenActionsConfirmed = false) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Close, "Close", StaffRoles.Managers);

    public override CaseActionDefinition Action => Definition;

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.Close(change.By, change.Now, OpenActionsConfirmed);
        return Task.CompletedTask;
    }
}
