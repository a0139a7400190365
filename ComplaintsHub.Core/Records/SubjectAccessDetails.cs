namespace ComplaintsHub.Core.Records;

/// <summary>One subject access request as its page shows it, with the version it was read at.</summary>
public sealed record SubjectAccessDetails(
    int Id, string Requester, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? SentOn, bool IncludeStaffNames, bool Overdue, IReadOnlyList<RecordsPerson> People,
    Guid Version, string UpdatedByName, DateTime UpdatedAt)
{
    public bool IsOpen => SentOn is null;
}
