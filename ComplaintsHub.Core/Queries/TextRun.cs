namespace ComplaintsHub.Core.Queries;

/// <summary>A piece of a field's text, and whether it is a word the search matched (shown marked).</summary>
public sealed record TextRun(string Text, bool IsMatch);
