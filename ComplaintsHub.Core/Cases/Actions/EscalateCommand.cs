using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Opens the next stage. Outside the escalation window the reason for accepting it late is required (by the aggregate).</summary>
public sealed record EscalateCommand(string? ReasonOutsideWindow = null) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Escalate, "Escalate to next stage", StaffRoles.Caseworkers);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { ReasonOutsideWindow = CaseText.Optional(ReasonOutsideWindow, "The reason") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.Escalate(ReasonOutsideWindow, change.By, change.Now, change.Calendar);
        return Task.CompletedTask;
    }
}
