namespace ComplaintsHub.Core.Queries;

/// <summary>A page of the list and how many cases match; when <paramref name="TotalIsAtLeast"/>, more than <paramref name="Total"/> match and counting stopped there.</summary>
public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Total, bool TotalIsAtLeast = false);
