namespace ComplaintsHub.Core.Domain;

public sealed class OmbudsmanEnquiry : VersionedEntity
{
    private OmbudsmanEnquiry() { }

    internal OmbudsmanEnquiry(string body, string? theirReference, DateOnly receivedOn)
    {
        Body = body;
        TheirReference = theirReference;
        ReceivedOn = receivedOn;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public string Body { get; private set; } = "";
    public string? TheirReference { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public OmbudsmanDecision? Decision { get; internal set; }
    public DateOnly? DecidedOn { get; internal set; }
    public string? RemedyRecommended { get; internal set; }
    public DateOnly? ComplianceDue { get; internal set; }
    public DateOnly? CompliedOn { get; internal set; }

    /// <summary>Fault found: how the Ombudsmen count an "upheld" decision.</summary>
    public bool FaultFound => Decision is OmbudsmanDecision.FaultNoInjustice or OmbudsmanDecision.FaultAndInjustice;
}
