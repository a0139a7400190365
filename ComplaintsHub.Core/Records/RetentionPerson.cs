namespace ComplaintsHub.Core.Records;

/// <summary>A complainant and their cases not yet anonymised.</summary>
public sealed record RetentionPerson(int ComplainantId, IReadOnlyList<RetentionFacts> Cases);
