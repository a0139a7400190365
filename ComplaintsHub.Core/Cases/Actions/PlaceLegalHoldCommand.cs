using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Keeps the case's file, the complainant's details included, past its retention period (a claim, an insurer's or the police's enquiry, a court order). The complaints team decide: they answer for what the council keeps.</summary>
public sealed record PlaceLegalHoldCommand(string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.PlaceLegalHold, "Place a legal hold", StaffRoles.ComplaintsTeam, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked()
    {
        var reason = CaseText.Required(Reason, "The reason");
        TextLimits.Require(reason, TextLimits.Label, CaseActionFields.Text, "The reason");
        return this with { Reason = reason };
    }

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.PlaceLegalHold(Reason, change.By, change.Now);
        return Task.CompletedTask;
    }
}
