using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Records the day the council complied with the Ombudsman's remedy, which ends the enquiry.</summary>
public sealed record RecordRemedyComplianceCommand(DateOnly CompliedOn) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.RecordRemedyCompliance, "Record remedy complied with", StaffRoles.ComplaintsTeam);

    public override CaseActionDefinition Action => Definition;

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        PlausibleDates.RequirePast(CompliedOn, change.Today, CaseActionFields.Date, "The date the remedy was complied with");
        change.Case.RecordRemedyCompliance(CompliedOn, change.By, change.Now);
        return Task.CompletedTask;
    }
}
