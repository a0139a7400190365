using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Keeps the case's file, the complainant's details included, past its retention period (a claim, an insurer's or the police's enquiry, a court order). The complaints team decide: they answer for what the council keeps.</summary>
public sealed record PlaceLegalHoldCommand(string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.PlaceLegalHold, "Place a legal hold", StaffRoles.ComplaintsTeam, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CheckedReason(Reason) };

    /// <summary>A hold's reason, placing or lifting: required, and short enough to show on the case.</summary>
    internal static string CheckedReason(string? reason)
    {
        var clean = CaseText.Required(reason, "The reason");
        if (clean.Length == 0) throw new InputRefusedException(CaseActionFields.Text, "Give the reason: it is kept on the case's record.");
        TextLimits.Require(clean, TextLimits.Label, CaseActionFields.Text, "The reason");
        return clean;
    }

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.PlaceLegalHold(Reason, change.By, change.Now);
        return Task.CompletedTask;
    }
}
