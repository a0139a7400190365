namespace ComplaintsHub.Core.Domain;

public sealed class StageExtension
{
    private StageExtension() { }

    internal StageExtension(DateOnly previousDue, DateOnly newDue, int workingDays, string reason, DateTime complainantToldAt, Guid agreedById, DateTime agreedAt)
    {
        PreviousDue = previousDue;
        NewDue = newDue;
        WorkingDays = workingDays;
        Reason = reason;
        ComplainantToldAt = complainantToldAt;
        AgreedById = agreedById;
        AgreedAt = agreedAt;
    }

    public int Id { get; private set; }
    public int ComplaintStageId { get; private set; }
    public DateOnly PreviousDue { get; private set; }
    public DateOnly NewDue { get; private set; }
    public int WorkingDays { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime ComplainantToldAt { get; private set; }
    public Guid AgreedById { get; private set; }
    public DateTime AgreedAt { get; private set; }
}
