namespace ComplaintsHub.Core.Queries;

/// <summary>Where a search found a case: the field's name ("Description", "Note"…) and its text (or the part around the match) in runs.</summary>
public sealed record CaseMatch(string Field, IReadOnlyList<TextRun> Runs);
