using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A file kept with a case: a complainant's photo, their email, a surveyor's report. Never edited. Removing one keeps
/// this row as the record that it existed (who added it, who removed it and why); only its content goes.
/// </summary>
public sealed class CaseDocument
{
    private CaseDocument() { }

    public CaseDocument(Guid id, int complaintId, string fileName, DocumentKind kind, string contentType, long length, string sha256, string? description, Actor by, DateTime at)
    {
        Id = id;
        ComplaintId = complaintId;
        FileName = fileName;
        Kind = kind;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        Description = description;
        AddedById = by.StaffUserId;
        AddedByName = by.Name;
        AddedAt = at;
    }

    /// <summary>Chosen when the upload starts, so its content can be written before the row (and not guessable from another's).</summary>
    public Guid Id { get; private set; }
    public int ComplaintId { get; private set; }
    /// <summary>The name as uploaded, cleaned of paths and characters no file system takes.</summary>
    public string FileName { get; private set; } = "";
    public DocumentKind Kind { get; private set; }
    /// <summary>From <see cref="Kind"/>, not from the browser.</summary>
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    /// <summary>The SHA-256 of the content as received, in lower-case hex: shows the file is the one that was added.</summary>
    public string Sha256 { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid AddedById { get; private set; }
    /// <summary>Kept as written at the time, as the timeline keeps it.</summary>
    public string AddedByName { get; private set; } = "";
    public DateTime AddedAt { get; private set; }
    public Guid? RemovedById { get; private set; }
    public string? RemovedByName { get; private set; }
    public DateTime? RemovedAt { get; private set; }
    public string? RemovalReason { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>Makes this row the tombstone; the caller deletes the content in the same transaction.</summary>
    public void Remove(string reason, Actor by, DateTime at)
    {
        if (RemovedAt is { } removedAt)
        {
            throw new DomainException($"{FileName} was already removed by {RemovedByName} on {removedAt:d MMMM yyyy}.");
        }

        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for removing the document: it is kept on the timeline.");
        RemovedById = by.StaffUserId;
        RemovedByName = by.Name;
        RemovedAt = at;
        RemovalReason = reason.Trim();
    }
}
