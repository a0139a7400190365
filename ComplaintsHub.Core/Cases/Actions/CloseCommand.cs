using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Closes the case with the current stage's outcome; it can still be escalated within the window.</summary>
public sealed record CloseCommand : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Close, "Close", StaffRoles.Managers);

    public override CaseActionDefinition Action => Definition;

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.Close(change.By, change.Now);
        return Task.CompletedTask;
    }
}
