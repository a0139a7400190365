namespace ComplaintsHub.Core.Domain;

/// <summary>
/// An item of the council's set-up that the complaints team edits (service areas, subjects, categories, teams,
/// partners). It remembers who changed it last and when, so that a stale save can say who got there first.
/// </summary>
public abstract class SetupEntity : VersionedEntity
{
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    public void RecordChange(Actor by, DateTime at)
    {
        UpdatedAt = at;
        UpdatedByName = by.Name;
    }
}
