using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Records what the shared-service partner said.</summary>
public sealed record RecordPartnerResponseCommand(string Response) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.RecordPartnerResponse, "Record partner's response", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Response = CaseText.Required(Response, "The partner's response") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.RecordPartnerResponse(Response, change.By, change.Now);
        return Task.CompletedTask;
    }
}
