namespace ComplaintsHub.Core.Domain;

/// <summary>One point of the complaint as the response answers it: what was raised, the decision on it and why.</summary>
public sealed record LetterPoint(string Issue, Outcome? Decision, string Reasons)
{
    public LetterPoint WithIssue(string? issue) => this with { Issue = issue ?? "" };
    public LetterPoint WithDecision(Outcome? decision) => this with { Decision = decision };
    public LetterPoint WithReasons(string? reasons) => this with { Reasons = reasons ?? "" };
}
