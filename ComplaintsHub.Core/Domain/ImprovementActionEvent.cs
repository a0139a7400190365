namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One immutable line of an improvement action's own history: raised, started, re-dated, handed to someone else, done or
/// dropped. The context refuses to change or delete these.
/// </summary>
public sealed class ImprovementActionEvent
{
    private ImprovementActionEvent() { }

    internal ImprovementActionEvent(Actor actor, DateTime occurredAt, string summary)
    {
        ActorId = actor.StaffUserId == Guid.Empty ? null : actor.StaffUserId;
        ActorName = actor.Name;
        OccurredAt = occurredAt;
        Summary = summary;
    }

    public long Id { get; private set; }
    public int ImprovementActionId { get; private set; }
    public Guid? ActorId { get; private set; }
    /// <summary>Kept as written at the time: a later change of name does not rewrite history.</summary>
    public string ActorName { get; private set; } = "";
    public DateTime OccurredAt { get; private set; }
    public string Summary { get; private set; } = "";
}
