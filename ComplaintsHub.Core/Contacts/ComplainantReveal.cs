namespace ComplaintsHub.Core.Contacts;

/// <summary>The outcome of asking for a person's full details: the details, or why not, for the reason's field.</summary>
public sealed record ComplainantReveal(ComplainantMatch? Match, string? Error)
{
    public bool Revealed => Match is not null;
}
