namespace ComplaintsHub.Core.Queries;

/// <param name="SwitchedOn">Whether email is switched on: when it is not, the page says why nothing is being sent.</param>
public sealed record CaseEmails(bool SwitchedOn, IReadOnlyList<CaseEmailRow> Rows);
