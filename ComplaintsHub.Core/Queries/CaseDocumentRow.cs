using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>A document as a case lists it; <see cref="RemovedAt"/> is set on a removed one's tombstone.</summary>
public sealed record CaseDocumentRow(
    Guid Id, string FileName, DocumentKind Kind, long Length, string? Description, string AddedByName, DateTime AddedAt,
    string? RemovedByName, DateTime? RemovedAt, string? RemovalReason)
{
    public bool IsRemoved => RemovedAt is not null;
}
