namespace ComplaintsHub.Core.Domain;

public enum PartnerStatus
{
    NotApplicable,
    AwaitingPartner,
    PartnerResponded,
}
