namespace ComplaintsHub.Core.Domain;

public enum DueKind
{
    Acknowledgement,
    Response,
    RemedyCompliance,
}
