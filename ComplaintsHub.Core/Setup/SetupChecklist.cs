namespace ComplaintsHub.Core.Setup;

/// <summary>Each <see cref="SetupStep"/>, done or missing; the complaints team is shown it until every one is done.</summary>
public sealed record SetupChecklist(IReadOnlyList<SetupItem> Items)
{
    public bool IsComplete => Items.All(i => i.Done);

    public IEnumerable<SetupItem> Missing => Items.Where(i => !i.Done);
}
