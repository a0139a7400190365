using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Reopens a closed or withdrawn case, saying why.</summary>
public sealed record ReopenCommand(string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Reopen, "Reopen", StaffRoles.Managers);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CaseText.Required(Reason, "The reason") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.Reopen(Reason, change.By, change.Now);
        return Task.CompletedTask;
    }
}
