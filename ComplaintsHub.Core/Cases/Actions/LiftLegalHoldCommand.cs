using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Lets the retention rules apply to the file again: the next run anonymises it if its period has passed.</summary>
public sealed record LiftLegalHoldCommand(string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.LiftLegalHold, "Lift the legal hold", StaffRoles.ComplaintsTeam, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = PlaceLegalHoldCommand.CheckedReason(Reason) };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.LiftLegalHold(Reason, change.By, change.Now);
        return Task.CompletedTask;
    }
}
