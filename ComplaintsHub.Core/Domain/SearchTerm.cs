namespace ComplaintsHub.Core.Domain;

/// <summary>A parsed search: the normalised value to match and, for a name, the first name if one was typed.</summary>
public sealed record SearchTerm(SearchKind Kind, string Value, string? FirstName);
