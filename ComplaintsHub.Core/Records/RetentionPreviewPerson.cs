namespace ComplaintsHub.Core.Records;

/// <summary>One person the next run will anonymise: who, their cases, and when the last of them reached its end of retention.</summary>
public sealed record RetentionPreviewPerson(int ComplainantId, string Name, string? Postcode, IReadOnlyList<string> References, DateOnly RetainedUntil);
