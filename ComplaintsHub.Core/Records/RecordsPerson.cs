namespace ComplaintsHub.Core.Records;

/// <summary>
/// A person on record as the complaints team finds them for a records request: their details, their cases, and why their
/// data cannot be erased now (null when it can).
/// </summary>
public sealed record RecordsPerson(
    int ComplainantId, string Name, string? Address, string? Postcode, string? Email, string? Phone, IReadOnlyList<string> References, DateTime? AnonymisedAt,
    string? ErasureRefusal);
