using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// What a pending save does to the search index: the cases, complainants, timeline entries, subjects and categories whose
/// text changes. Entities are kept (not ids) where the id is given only by the save.
/// </summary>
internal sealed class CaseSearchChanges
{
    public List<Complaint> Cases { get; } = [];
    public List<Complainant> Complainants { get; } = [];
    public List<TimelineEvent> Entries { get; } = [];
    public List<int> DeletedCaseIds { get; } = [];
    public List<int> SubjectIds { get; } = [];
    public List<int> CategoryIds { get; } = [];

    public bool IsEmpty => Cases.Count + Complainants.Count + Entries.Count + DeletedCaseIds.Count + SubjectIds.Count + CategoryIds.Count == 0;
}
