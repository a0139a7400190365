using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Records the Ombudsman's decision and any remedy, with the date it must be complied with by.</summary>
public sealed record RecordOmbudsmanDecisionCommand(OmbudsmanDecision Decision, DateOnly DecidedOn, string? Remedy = null, DateOnly? ComplianceDue = null)
    : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.RecordOmbudsmanDecision, "Record Ombudsman decision", StaffRoles.ComplaintsTeam);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Remedy = CaseText.Optional(Remedy, "The remedy") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        PlausibleDates.RequirePast(DecidedOn, change.Today, CaseActionFields.Date, "The decision date");
        if (ComplianceDue is { } due) PlausibleDates.RequireDeadline(due, change.Today, CaseActionFields.ComplianceDue, "The date the remedy must be complied with by");
        change.Case.RecordOmbudsmanDecision(Decision, DecidedOn, Remedy, ComplianceDue, change.By, change.Now);
        return Task.CompletedTask;
    }
}
