using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// Removes people's details and their cases' text, leaving every date, stage, outcome, amount and code that the figures
/// count, so a past quarter reports the same afterwards. The complainant's name, address, phone, email, adjustments and
/// representative go; so do the case's description, what would put it right, every timeline line's text (who did what
/// and when stays), notes and call summaries with them, reasons, remedies, promised actions, risk flags, Ombudsman
/// correspondence, letter drafts, the issued letters' files, documents' content and names, and the emails received and
/// sent. One batch of people is one transaction: a failure leaves the batch as it was, for the next run.
/// </summary>
internal static class Anonymiser
{
    /// <summary>People per transaction: a short hold on SQLite's one writer, few round trips on PostgreSQL.</summary>
    private const int PeoplePerBatch = 100;
    private const int CasesPerBatch = 500;

    /// <returns>How many people and cases were anonymised.</returns>
    public static async Task<(int People, int Cases)> AnonymiseAsync(
        IDbContextFactory<ComplaintsDbContext> dbFactory, IDocumentContentStore documents, RetentionPlan plan, Actor by, DateTime now,
        Func<RetentionFacts, string> timelineLine, CancellationToken cancellationToken)
    {
        var (people, cases) = (0, 0);
        var work = plan.People.Chunk(PeoplePerBatch).Select(batch => (People: batch.Select(p => p.ComplainantId).ToList(), Cases: batch.SelectMany(p => p.Cases).ToList()))
            .Concat(plan.LoneCases.Chunk(CasesPerBatch).Select(batch => (People: new List<int>(), Cases: batch.ToList())));
        foreach (var (batchPeople, batchCases) in work)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await AnonymisePeopleAsync(db, batchPeople, now, ct);
                await AnonymiseCasesAsync(db, documents, batchCases, by, now, timelineLine, ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            (people, cases) = (people + batchPeople.Count, cases + batchCases.Count);
        }

        if (people + cases > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await CaseSearchIndex.DialectOf(db).PurgeReplacedAsync(db, cancellationToken);
        }

        return (people, cases);
    }

    private static async Task AnonymisePeopleAsync(ComplaintsDbContext db, List<int> people, DateTime now, CancellationToken cancellationToken)
    {
        if (people.Count == 0) return;
        var emails = await db.Complainants.Where(p => people.Contains(p.Id) && p.Email != null).Select(p => p.Email!.ToLower()).ToListAsync(cancellationToken);
        await db.Complainants.Where(p => people.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Title, (string?)null)
            .SetProperty(p => p.FirstName, AnonymisedText.FirstName)
            .SetProperty(p => p.LastName, AnonymisedText.LastName)
            .SetProperty(p => p.AddressLine1, (string?)null)
            .SetProperty(p => p.AddressLine2, (string?)null)
            .SetProperty(p => p.Town, (string?)null)
            .SetProperty(p => p.Postcode, (string?)null)
            .SetProperty(p => p.Phone, (string?)null)
            .SetProperty(p => p.PhoneDigits, (string?)null)
            .SetProperty(p => p.Email, (string?)null)
            .SetProperty(p => p.ReasonableAdjustments, (string?)null)
            .SetProperty(p => p.NeedsLargePrint, false)
            .SetProperty(p => p.RepresentativeName, (string?)null)
            .SetProperty(p => p.RepresentativeContact, (string?)null)
            .SetProperty(p => p.ConsentToShareWithRepresentative, false)
            .SetProperty(p => p.AnonymisedAt, now)
            .SetProperty(p => p.Version, Guid.NewGuid()), cancellationToken);
        await db.RiskFlags.Where(f => f.ComplainantId != null && people.Contains(f.ComplainantId.Value)).ExecuteUpdateAsync(RiskFlagText, cancellationToken);

        // Emails from the person that were never filed under a case (dismissed from the inbox) still carry their address.
        if (emails.Count > 0)
        {
            var unfiled = db.InboxItems.Where(i => i.ComplaintId == null && emails.Contains(i.FromAddress.ToLower())).Select(i => i.Id);
            await db.InboxAttachments.Where(a => unfiled.Contains(a.InboxItemId)).ExecuteUpdateAsync(AttachmentText, cancellationToken);
            await db.InboxItems.Where(i => i.ComplaintId == null && emails.Contains(i.FromAddress.ToLower())).ExecuteUpdateAsync(InboxText, cancellationToken);
        }
    }

    private static async Task AnonymiseCasesAsync(
        ComplaintsDbContext db, IDocumentContentStore documents, List<RetentionFacts> cases, Actor by, DateTime now, Func<RetentionFacts, string> timelineLine,
        CancellationToken cancellationToken)
    {
        var ids = cases.Select(c => c.Id).ToList();
        const string removed = AnonymisedText.Removed;
        await db.Complaints.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Description, removed)
            .SetProperty(c => c.DesiredOutcome, (string?)null)
            .SetProperty(c => c.AnonymisedAt, now)
            .SetProperty(c => c.UpdatedAt, now)
            .SetProperty(c => c.UpdatedByName, by.Name)
            .SetProperty(c => c.Version, Guid.NewGuid()), cancellationToken);
        await db.ComplaintStages.Where(x => ids.Contains(x.ComplaintId)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.RemedySummary, x => x.RemedySummary == null ? null : removed)
            .SetProperty(x => x.RootCause, x => x.RootCause == null ? null : removed)
            .SetProperty(x => x.LessonLearnt, x => x.LessonLearnt == null ? null : removed), cancellationToken);
        await db.StageExtensions.Where(e => db.ComplaintStages.Any(x => x.Id == e.ComplaintStageId && ids.Contains(x.ComplaintId)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, removed), cancellationToken);
        await db.OmbudsmanEnquiries.Where(o => ids.Contains(o.ComplaintId)).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Body, removed)
            .SetProperty(o => o.RemedyRecommended, o => o.RemedyRecommended == null ? null : removed), cancellationToken);
        await db.PromisedActions.Where(a => ids.Contains(a.ComplaintId)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.What, removed)
            .SetProperty(a => a.WhoText, a => a.WhoText == null ? null : removed)
            .SetProperty(a => a.CompletionNote, a => a.CompletionNote == null ? null : removed), cancellationToken);
        await db.RiskFlags.Where(f => f.ComplaintId != null && ids.Contains(f.ComplaintId.Value)).ExecuteUpdateAsync(RiskFlagText, cancellationToken);
        await db.LetterDrafts.Where(d => ids.Contains(d.ComplaintId)).ExecuteDeleteAsync(cancellationToken);
        await db.IssuedLetters.Where(l => ids.Contains(l.ComplaintId)).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Content, Array.Empty<byte>())
            .SetProperty(l => l.PdfContent, (byte[]?)null)
            .SetProperty(l => l.AddressedTo, $"{AnonymisedText.FirstName} {AnonymisedText.LastName}"), cancellationToken);

        foreach (var documentId in await db.CaseDocuments.Where(d => ids.Contains(d.ComplaintId)).Select(d => d.Id).ToListAsync(cancellationToken))
        {
            await documents.DeleteAsync(db, documentId, cancellationToken);
        }

        await db.CaseDocuments.Where(d => ids.Contains(d.ComplaintId)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.FileName, AnonymisedText.DocumentName)
            .SetProperty(d => d.Description, (string?)null)
            .SetProperty(d => d.RemovedAt, d => d.RemovedAt ?? now)
            .SetProperty(d => d.RemovedByName, d => d.RemovedByName ?? by.Name)
            .SetProperty(d => d.RemovalReason, removed), cancellationToken);

        var received = db.InboxItems.Where(i => i.ComplaintId != null && ids.Contains(i.ComplaintId.Value)).Select(i => i.Id);
        await db.InboxAttachments.Where(a => received.Contains(a.InboxItemId)).ExecuteUpdateAsync(AttachmentText, cancellationToken);
        await db.InboxItems.Where(i => i.ComplaintId != null && ids.Contains(i.ComplaintId.Value)).ExecuteUpdateAsync(InboxText, cancellationToken);
        await db.OutboxEmails.Where(e => e.ComplaintId != null && ids.Contains(e.ComplaintId.Value)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Subject, removed)
            .SetProperty(e => e.TextBody, removed)
            .SetProperty(e => e.HtmlBody, (string?)null)
            // Staff notifications keep their recipient (a member of staff); the complainant's own address goes.
            .SetProperty(e => e.ToAddress, e => e.RecipientStaffId == null ? "" : e.ToAddress)
            .SetProperty(e => e.ToName, e => e.RecipientStaffId == null ? "" : e.ToName)
            .SetProperty(e => e.LastReply, e => e.RecipientStaffId == null ? null : e.LastReply), cancellationToken);

        await db.TimelineEvents.Where(t => t.ComplaintId != null && ids.Contains(t.ComplaintId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Summary, removed), cancellationToken);
        db.TimelineEvents.AddRange(cases.Select(c => new TimelineEvent(c.Id, TimelineEventType.Anonymised, by, now, timelineLine(c))));
        await db.SaveChangesAsync(cancellationToken);
        await CaseSearchIndex.RefreshAsync(db, ids, cancellationToken);
    }

    private static void RiskFlagText(Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<RiskFlag> s) => s
        .SetProperty(f => f.Detail, f => f.Detail == null ? null : AnonymisedText.Removed)
        .SetProperty(f => f.RaisedReason, AnonymisedText.Removed)
        .SetProperty(f => f.RemovalReason, f => f.RemovalReason == null ? null : AnonymisedText.Removed);

    private static void AttachmentText(Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<InboxAttachment> s) => s
        .SetProperty(a => a.FileName, AnonymisedText.DocumentName)
        .SetProperty(a => a.Content, (byte[]?)null);

    private static void InboxText(Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<InboxItem> s) => s
        .SetProperty(i => i.FromAddress, "")
        .SetProperty(i => i.FromName, "")
        .SetProperty(i => i.Subject, AnonymisedText.Removed)
        .SetProperty(i => i.TextBody, AnonymisedText.Removed)
        .SetProperty(i => i.Original, (byte[]?)null);
}
