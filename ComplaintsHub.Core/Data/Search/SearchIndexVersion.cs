namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// One row: the <see cref="CaseSearchIndex.DocumentVersion"/> the stored search index was built by. No row means it was
/// never built (the first start after the migration that made it) and must be built from the cases.
/// </summary>
public sealed class SearchIndexVersion
{
    public const int SingletonId = 1;

    private SearchIndexVersion() { }

    internal SearchIndexVersion(int version)
    {
        Id = SingletonId;
        Version = version;
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
}
