using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

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

    /// <param name="stillDue">The rule the plan was made by, asked again of every case inside each batch's transaction: a case
    /// reopened, held or logged for the person since the plan was made keeps the person (or that case) out of this run.</param>
    /// <param name="afterBatch">Called after each batch is saved (the nightly run renews its lease).</param>
    /// <param name="purgeIndex">Merge SQLite's search index afterwards, so no removed word stays in the file: the nightly
    /// run does; an erasure in working hours leaves it to the night rather than hold the one writer.</param>
    /// <returns>How many people and cases were anonymised.</returns>
    public static async Task<(int People, int Cases)> AnonymiseAsync(
        IDbContextFactory<ComplaintsDbContext> dbFactory, IDocumentContentStore documents, RetentionPlan plan, Actor by, DateTime now,
        Func<RetentionFacts, string> timelineLine, Func<RetentionFacts, bool> stillDue, Func<Task>? afterBatch, bool purgeIndex, CancellationToken cancellationToken)
    {
        var (people, cases) = (0, 0);
        var work = plan.People.Chunk(PeoplePerBatch).Select(batch => (People: batch.Select(p => p.ComplainantId).ToList(), Cases: batch.SelectMany(p => p.Cases).Select(c => c.Id).ToList()))
            .Concat(plan.LoneCases.Chunk(CasesPerBatch).Select(batch => (People: new List<int>(), Cases: batch.Select(c => c.Id).ToList())));
        foreach (var (plannedPeople, plannedCases) in work)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var done = (People: 0, Cases: 0);
            try
            {
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var current = await db.Complaints.Where(c => c.AnonymisedAt == null)
                        .Where(c => plannedCases.Contains(c.Id) || (c.ComplainantId != null && plannedPeople.Contains(c.ComplainantId.Value)))
                        .Select(RetentionPlanner.Facts).ToListAsync(ct);
                    var batchPeople = plannedPeople.Where(p => current.Where(c => c.ComplainantId == p).All(stillDue)).ToList();
                    var batchCases = current.Where(c => c.ComplainantId is { } p ? batchPeople.Contains(p) : stillDue(c)).ToList();
                    if (batchCases.Count == 0 && batchPeople.Count == 0) return;
                    await AnonymiseCasesAsync(db, documents, batchCases, by, now, timelineLine, ct);
                    await AnonymisePeopleAsync(db, batchPeople, now, ct);
                    // Written afresh once the people's details are gone too: a case's document holds its complainant's name.
                    await CaseSearchIndex.RefreshAsync(db, batchCases.Select(c => c.Id), ct);
                    await transaction.CommitAsync(ct);
                    done = (batchPeople.Count, batchCases.Count);
                }, cancellationToken);
            }
            catch (DomainException)
            {
                // Rolled back as a whole; its people are planned again, as they then are, next time.
            }

            (people, cases) = (people + done.People, cases + done.Cases);
            if (afterBatch is not null) await afterBatch();
        }

        if (purgeIndex && people + cases > 0)
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

        // Emails from the person that were dismissed from the inbox, never filed under a case, still carry their address. One
        // still waiting in the inbox is new business, and an address another person on record still uses is theirs too.
        var shared = await db.Complainants.Where(p => !people.Contains(p.Id) && p.AnonymisedAt == null && p.Email != null && emails.Contains(p.Email.ToLower()))
            .Select(p => p.Email!.ToLower())
            .ToListAsync(cancellationToken);
        emails = emails.Except(shared).ToList();
        if (emails.Count > 0)
        {
            var unfiled = db.InboxItems.Where(i => i.ComplaintId == null && i.Status != InboxItemStatus.New && emails.Contains(i.FromAddress.ToLower()));
            await db.InboxAttachments.Where(a => unfiled.Select(i => i.Id).Contains(a.InboxItemId)).ExecuteUpdateAsync(AttachmentText, cancellationToken);
            await unfiled.ExecuteUpdateAsync(InboxText, cancellationToken);
        }
    }

    private static async Task AnonymiseCasesAsync(
        ComplaintsDbContext db, IDocumentContentStore documents, List<RetentionFacts> cases, Actor by, DateTime now, Func<RetentionFacts, string> timelineLine,
        CancellationToken cancellationToken)
    {
        var ids = cases.Select(c => c.Id).ToList();
        const string removed = AnonymisedText.Removed;
        // Held, or already done, by a change that got in after this batch read the cases: the batch is left for the next run.
        var changed = await db.Complaints.Where(c => ids.Contains(c.Id) && c.AnonymisedAt == null && c.LegalHoldReason == null).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Description, removed)
            .SetProperty(c => c.DesiredOutcome, (string?)null)
            .SetProperty(c => c.AnonymisedAt, now)
            .SetProperty(c => c.UpdatedAt, now)
            .SetProperty(c => c.UpdatedByName, by.Name)
            .SetProperty(c => c.Version, Guid.NewGuid()), cancellationToken);
        if (changed != ids.Count) throw new DomainException("Cases in this batch changed while it was being anonymised: it is left for the next run.");
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

        // The access log keeps who looked and when for its own period, but not the names of the files they opened.
        await db.PersonalDataAccessLog.Where(l => l.ComplaintId != null && ids.Contains(l.ComplaintId.Value) && l.What != null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.What, AnonymisedText.DocumentName), cancellationToken);
        await db.TimelineEvents.Where(t => t.ComplaintId != null && ids.Contains(t.ComplaintId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Summary, removed), cancellationToken);
        db.TimelineEvents.AddRange(cases.Select(c => new TimelineEvent(c.Id, TimelineEventType.Anonymised, by, now, timelineLine(c))));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void RiskFlagText(UpdateSettersBuilder<RiskFlag> s) => s
        .SetProperty(f => f.Detail, f => f.Detail == null ? null : AnonymisedText.Removed)
        .SetProperty(f => f.RaisedReason, AnonymisedText.Removed)
        .SetProperty(f => f.RemovalReason, f => f.RemovalReason == null ? null : AnonymisedText.Removed);

    private static void AttachmentText(UpdateSettersBuilder<InboxAttachment> s) => s
        .SetProperty(a => a.FileName, AnonymisedText.DocumentName)
        .SetProperty(a => a.Content, (byte[]?)null);

    private static void InboxText(UpdateSettersBuilder<InboxItem> s) => s
        .SetProperty(i => i.FromAddress, "")
        .SetProperty(i => i.FromName, "")
        .SetProperty(i => i.Subject, AnonymisedText.Removed)
        .SetProperty(i => i.TextBody, AnonymisedText.Removed)
        .SetProperty(i => i.Original, (byte[]?)null)
        .SetProperty(i => i.DismissReason, i => i.DismissReason == null ? null : AnonymisedText.Removed);
}
