namespace ComplaintsHub.Core.Domain;

/// <summary>Something the council promises in a response: what, by when and who will do it.</summary>
/// <param name="Who">Who will do it, as the letter words it ("the repairs team").</param>
/// <param name="OwnerId">The member of staff who owns it once issued, tracked to done; none chosen means the case's officer.</param>
public sealed record LetterAction(string What, DateOnly? By, string Who = "", Guid? OwnerId = null)
{
    public LetterAction WithWhat(string? what) => this with { What = what ?? "" };
    public LetterAction WithBy(DateTime? by) => this with { By = by is { } day ? DateOnly.FromDateTime(day) : null };
    public LetterAction WithWho(string? who) => this with { Who = who ?? "" };
    public LetterAction WithOwner(Guid? ownerId) => this with { OwnerId = ownerId };
}
