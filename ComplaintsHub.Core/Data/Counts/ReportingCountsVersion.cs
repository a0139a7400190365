namespace ComplaintsHub.Core.Data.Counts;

/// <summary>
/// One row: the <see cref="ReportingCounter.CountsVersion"/> the stored counts were counted by. No row means they were
/// counted by a release before this was kept, or not at all, and must be counted again.
/// </summary>
public sealed class ReportingCountsVersion
{
    public const int SingletonId = 1;

    private ReportingCountsVersion() { }

    internal ReportingCountsVersion(int version)
    {
        Id = SingletonId;
        Version = version;
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
}
