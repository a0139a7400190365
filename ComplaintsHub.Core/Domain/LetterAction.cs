namespace ComplaintsHub.Core.Domain;

/// <summary>Something the council promises in a response: what, by when and who will do it.</summary>
public sealed record LetterAction(string What, DateOnly? By, string Who = "")
{
    public LetterAction WithWhat(string? what) => this with { What = what ?? "" };
    public LetterAction WithBy(DateTime? by) => this with { By = by is { } day ? DateOnly.FromDateTime(day) : null };
    public LetterAction WithWho(string? who) => this with { Who = who ?? "" };
}
