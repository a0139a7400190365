namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One immutable line of a case's history (or, with no case, of an admin change). The context refuses to
/// update or delete these.
/// </summary>
public sealed class TimelineEvent
{
    private TimelineEvent() { }

    public TimelineEvent(int? complaintId, TimelineEventType type, Actor actor, DateTime occurredAt, string summary)
    {
        ComplaintId = complaintId;
        Type = type;
        ActorId = actor.StaffUserId == Guid.Empty ? null : actor.StaffUserId;
        ActorName = actor.Name;
        OccurredAt = occurredAt;
        Summary = summary;
    }

    public long Id { get; private set; }
    public int? ComplaintId { get; private set; }
    public TimelineEventType Type { get; private set; }
    public Guid? ActorId { get; private set; }
    /// <summary>Kept as written at the time: a later change of name does not rewrite history.</summary>
    public string ActorName { get; private set; } = "";
    public DateTime OccurredAt { get; private set; }
    public string Summary { get; private set; } = "";
}
