namespace ComplaintsHub.Core.Queries;

public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Total);
