namespace ComplaintsHub.Core.Domain;

public enum Outcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
    ResolvedInformally,
    Withdrawn,
    /// <summary>For contacts that are not complaints (service requests, enquiries…) once dealt with.</summary>
    Resolved,
}
