using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Records that the Ombudsman has opened an enquiry into the case.</summary>
public sealed record ReferToOmbudsmanCommand(string? TheirReference, DateOnly ReceivedOn) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.ReferToOmbudsman, "Record Ombudsman enquiry", StaffRoles.ComplaintsTeam);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() =>
        this with { TheirReference = CaseText.Optional(TheirReference, "The Ombudsman's reference", limit: TextLimits.Reference) };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        CaseDates.RequireHappened(ReceivedOn, change.Today, "The enquiry cannot have arrived in the future.", "The date the enquiry arrived");
        change.Case.ReferToOmbudsman(TheirReference, ReceivedOn, change.By, change.Now);
        return Task.CompletedTask;
    }
}
