using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Ends the case because the complainant withdrew it, saying why.</summary>
/// <param name="OpenActionsConfirmed">As for <see cref="CloseCommand"/>: an earlier stage's promised actions stay open after a withdrawal.</param>
public sealed record WithdrawCommand(string Reason, bool OpenActionsConfirmed = false) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Withdraw, "Withdraw", StaffRoles.Caseworkers);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CaseText.Required(Reason, "The reason") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.Withdraw(Reason, change.By, change.Now, OpenActionsConfirmed);
        return Task.CompletedTask;
    }
}
