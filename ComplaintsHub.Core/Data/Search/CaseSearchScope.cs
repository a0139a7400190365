namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// Where the cases a person may see lie, for the search to read only those matches: every such case is in one of
/// <see cref="AreaIds"/> or is one of <see cref="OwnCaseIds"/> (logged by or allocated to them elsewhere). Narrows the
/// reading only: the person's visibility is still applied to what is found.
/// </summary>
public sealed record CaseSearchScope(IReadOnlyCollection<int> AreaIds, IReadOnlyCollection<int> OwnCaseIds);
