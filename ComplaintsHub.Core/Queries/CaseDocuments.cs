using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// A case's documents for those who may see the case, and each document's content. A document on a case the person may
/// not see is answered exactly as one that does not exist, so an id cannot be used to learn that it does.
/// </summary>
public sealed class CaseDocuments(IDbContextFactory<ComplaintsDbContext> dbFactory, IDocumentContentStore content, AccessLog accessLog)
{
    /// <summary>The case's documents, newest first, removed ones only when asked (the case page shows them; a picker does not).</summary>
    public async Task<IReadOnlyList<CaseDocumentRow>> ForCaseAsync(int caseId, CurrentStaff staff, bool includeRemoved = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await CaseVisibility.SeesCaseAsync(db, staff, caseId, cancellationToken)) return [];
        return await db.CaseDocuments.AsNoTracking()
            .Where(d => d.ComplaintId == caseId && (includeRemoved || d.RemovedAt == null))
            .OrderByDescending(d => d.AddedAt).ThenBy(d => d.FileName).ThenBy(d => d.Id)
            .Select(d => new CaseDocumentRow(d.Id, d.FileName, d.Kind, d.Length, d.Description, d.AddedByName, d.AddedAt, d.RemovedByName, d.RemovedAt, d.RemovalReason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A live document's content, or null when there is none, it was removed, or it is on a case this person may not see.</summary>
    public async Task<DocumentDownload?> OpenAsync(Guid documentId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.CaseDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null || document.IsRemoved || !await CaseVisibility.SeesCaseAsync(db, staff, document.ComplaintId, cancellationToken)) return null;
        var owner = await db.Complaints.AsNoTracking().Where(c => c.Id == document.ComplaintId).Select(c => new { c.Reference, c.ComplainantId }).SingleAsync(cancellationToken);
        await accessLog.RecordAsync(staff, PersonalDataPurpose.DownloadedDocument, document.ComplaintId, owner.Reference, owner.ComplainantId, document.FileName, cancellationToken);
        return new DocumentDownload(document.FileName, document.ContentType, document.Length, await content.OpenReadAsync(documentId, cancellationToken));
    }
}
