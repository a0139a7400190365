using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Inbox;

/// <summary>
/// The shared inbox for staff who handle cases: the list, one email in full, dismissing one with a reason, attaching
/// one to a case by its reference, the emails kept with a case and their files. Logging one as a new contact goes
/// through <see cref="Contacts.ContactLogging"/>, which marks the email in the same save as the new case.
/// </summary>
public sealed class InboxService(IDbContextFactory<ComplaintsDbContext> dbFactory, CaseActions cases, IOptions<InboxOptions> options, TimeProvider clock)
{
    /// <summary>At most this many emails are listed at once, newest first.</summary>
    public const int PageSize = 200;

    public bool IsSwitchedOn => options.Value.IsSwitchedOn;

    public async Task<IReadOnlyList<InboxRow>> ListAsync(InboxItemStatus? status, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = db.InboxItems.AsNoTracking();
        if (status is { } only) items = items.Where(i => i.Status == only);
        var rows = await items.OrderByDescending(i => i.SentAt).ThenByDescending(i => i.Id).Take(PageSize)
            .Select(i => new
            {
                i.Id, i.Version, i.FromAddress, i.FromName, i.Subject, i.SentAt, i.Status, Attachments = i.Attachments.Count, i.CaseReference, i.DismissReason,
                i.HandledByName, i.HandledAt,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(i => new InboxRow(i.Id, i.Version, i.FromAddress, i.FromName, i.Subject, i.SentAt, i.Status, i.Attachments, i.CaseReference, i.DismissReason,
            i.HandledByName, i.HandledAt, CaseReferences.In(i.Subject).FirstOrDefault())).ToList();
    }

    /// <summary>One email in full, or null when there is no such email.</summary>
    public async Task<InboxItemDetails?> GetAsync(long id, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.InboxItems.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new
            {
                i.Id, i.Version, i.FromAddress, i.FromName, i.Subject, i.SentAt, i.Status, i.CaseReference, i.DismissReason, i.HandledByName, i.HandledAt, i.ComplaintId,
                i.TextBody, OriginalKept = i.Original != null, i.OriginalSize,
                Attachments = i.Attachments.OrderBy(a => a.Id).Select(a => new InboxAttachmentRow(a.Id, a.FileName, a.ContentType, a.Size, a.Content != null)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (item is null) return null;
        await RequireSeesCaseAsync(db, item.ComplaintId, staff, cancellationToken);
        return new InboxItemDetails(
            new InboxRow(item.Id, item.Version, item.FromAddress, item.FromName, item.Subject, item.SentAt, item.Status, item.Attachments.Count, item.CaseReference,
                item.DismissReason, item.HandledByName, item.HandledAt, CaseReferences.In(item.Subject).FirstOrDefault()),
            item.TextBody, item.OriginalKept, item.OriginalSize, item.Attachments);
    }

    /// <summary>Not a case: kept as dismissed, with the reason. Refused without a reason, or when someone dealt with it first.</summary>
    public async Task DismissAsync(long id, Guid version, string? reason, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        reason = InputText.Clean(reason);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for dismissing this email: it is kept with it.");
        if (TextLimits.IsOver(reason, TextLimits.Notes)) throw new DomainException(TextLimits.TooLong("The reason", TextLimits.Notes, reason.Length));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var item = await db.InboxItems.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new DomainException("That email is no longer in the inbox.");
        if (item.Status == InboxItemStatus.New && item.Version != version) throw new ConcurrencyException(StaleChange.Message("This email", null, null));
        item.Dismiss(reason, staff.Actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveExpectingAsync(item, version, async () => await HandledMessageAsync(id, cancellationToken) ?? StaleChange.Message("This email", null, null), cancellationToken);
    }

    /// <summary>
    /// Keeps the email with the case <paramref name="reference"/>, as the case page's own actions change a case: the
    /// person must see the case and may add notes to it, and the case's timeline records it.
    /// </summary>
    public async Task<string> AttachAsync(long id, Guid version, string? reference, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        var wanted = CaseReferences.In(reference);
        if (wanted.Count != 1) throw new DomainException("Enter the case's reference, e.g. CMP-2026-00123.");
        int caseId;
        Guid caseVersion;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var target = await db.Complaints.AsNoTracking().Where(c => c.Reference == wanted[0]).Select(c => new { c.Id, c.Version }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainException($"No case has the reference {wanted[0]}.");
            (caseId, caseVersion) = (target.Id, target.Version);
        }

        try
        {
            await cases.ApplyAsync(caseId, caseVersion, new AttachEmailCommand(id, version), staff, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // Two people attaching at once clash on the case; the one who lost is told what became of the email.
            if (await HandledMessageAsync(id, cancellationToken) is { } handled) throw new ConcurrencyException(handled);
            throw;
        }

        return wanted[0];
    }

    /// <summary>The emails kept with a case (logged from one, or attached), newest first, for someone who may see the case.</summary>
    public async Task<IReadOnlyList<InboxItemDetails>> ForCaseAsync(int caseId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await RequireSeesCaseAsync(db, caseId, staff, cancellationToken);
        var ids = await db.InboxItems.AsNoTracking().Where(i => i.ComplaintId == caseId).OrderByDescending(i => i.SentAt).Select(i => i.Id).ToListAsync(cancellationToken);
        var found = new List<InboxItemDetails>();
        foreach (var id in ids)
        {
            if (await GetAsync(id, staff, cancellationToken) is { } details) found.Add(details);
        }

        return found;
    }

    /// <summary>The email as it came (.eml), or null, as for an email that is not there, when it was too large to keep or is with a case this person may not see.</summary>
    public async Task<InboxFile?> OriginalAsync(long id, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.InboxItems.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.ComplaintId, i.Original }).SingleOrDefaultAsync(cancellationToken);
        if (item?.Original is null || !await SeesCaseAsync(db, item.ComplaintId, staff, cancellationToken)) return null;
        return new InboxFile($"email-{id}.eml", "message/rfc822", item.Original);
    }

    /// <summary>A kept attachment, or null, as for one that is not there, when it was too large to keep or is with a case this person may not see.</summary>
    public async Task<InboxFile?> AttachmentAsync(long attachmentId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireCaseworker(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.InboxAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new { a.FileName, a.ContentType, a.Content, ComplaintId = db.InboxItems.Where(i => i.Id == a.InboxItemId).Select(i => i.ComplaintId).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found?.Content is null || !await SeesCaseAsync(db, found.ComplaintId, staff, cancellationToken)) return null;
        return new InboxFile(found.FileName, found.ContentType, found.Content);
    }

    private async Task<string?> HandledMessageAsync(long id, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await fresh.InboxItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item?.AlreadyHandledMessage();
    }

    private static async Task RequireSeesCaseAsync(ComplaintsDbContext db, int? caseId, CurrentStaff staff, CancellationToken cancellationToken)
    {
        if (!await SeesCaseAsync(db, caseId, staff, cancellationToken)) throw new PermissionDeniedException("You do not have access to this case.");
    }

    /// <summary>An email still in the shared inbox is for every caseworker; one kept with a case, only for those who may see the case.</summary>
    private static async Task<bool> SeesCaseAsync(ComplaintsDbContext db, int? caseId, CurrentStaff staff, CancellationToken cancellationToken)
    {
        return caseId is not { } id || await CaseVisibility.SeesCaseAsync(db, staff, id, cancellationToken);
    }

    private static void RequireCaseworker(CurrentStaff staff)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("The inbox is for council staff who handle cases.");
    }
}
