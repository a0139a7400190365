using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// Puts notifications to staff in the outbox. Each is added to the context of the change that causes it and saved
/// with it, so the email exists if and only if the change was saved. Nothing is written while email is switched off,
/// nor to anyone whose access is switched off, who has no email address, or who turned that kind off.
/// </summary>
public sealed class StaffNotifications(IOptions<EmailOptions> options)
{
    public bool IsSwitchedOn => options.Value.IsSwitchedOn;

    public NotificationEmails Emails => new(options.Value.AppBaseUrl ?? "");

    /// <summary>Of <paramref name="staffIds"/>, those who get <paramref name="kind"/> now, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, NotificationRecipient>> RecipientsAsync(ComplaintsDbContext db, EmailKind kind, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
    {
        if (!IsSwitchedOn || staffIds.Count == 0) return new Dictionary<Guid, NotificationRecipient>();
        var ids = staffIds.Distinct().ToList();
        return await db.StaffUsers.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && s.IsActive && s.Email != "")
            .Where(s => !db.NotificationOptOuts.Any(o => o.StaffUserId == s.Id && o.Kind == kind))
            .Select(s => new NotificationRecipient(s.Id, s.DisplayName, s.Email))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
    }

    /// <summary>The outbox row for one notification to one person; the caller adds it to its context.</summary>
    public static OutboxEmail Outbox(EmailKind kind, NotificationRecipient to, NotificationEmail email, DateTime now, int? complaintId, string? dedupeKey = null) =>
        new(kind, to.Email, to.Name, email.Subject, email.Text, email.Html, now, complaintId, to.Id, dedupeKey);

    /// <summary>
    /// Adds a notification about <paramref name="complaint"/> to <paramref name="db"/> for <paramref name="to"/>, unless they
    /// are the person acting (no one needs telling what they just did) or do not get this kind. Not saved here.
    /// </summary>
    public async Task QueueAboutCaseAsync(ComplaintsDbContext db, Complaint complaint, EmailKind kind, Guid to, Actor by, DateTime now,
        Func<NotificationEmails, NotificationRecipient, CaseMention, NotificationEmail> compose, CancellationToken cancellationToken)
    {
        if (!IsSwitchedOn || to == by.StaffUserId) return;
        if (!(await RecipientsAsync(db, kind, [to], cancellationToken)).TryGetValue(to, out var recipient)) return;
        var mention = await MentionAsync(db, complaint, cancellationToken);
        db.OutboxEmails.Add(Outbox(kind, recipient, compose(Emails, recipient, mention), now, complaint.Id));
    }

    /// <summary>What a notification may say about the case, as it stands in the change.</summary>
    private static async Task<CaseMention> MentionAsync(ComplaintsDbContext db, Complaint complaint, CancellationToken cancellationToken)
    {
        var area = await db.ServiceAreas.AsNoTracking().Where(a => a.Id == complaint.ServiceAreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        var subject = complaint.SubjectId is { } subjectId ? await db.Subjects.AsNoTracking().Where(s => s.Id == subjectId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var category = complaint.CategoryId is { } categoryId ? await db.Categories.AsNoTracking().Where(c => c.Id == categoryId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var officer = complaint.AllocatedOfficerId is { } officerId ? await db.StaffUsers.AsNoTracking().Where(s => s.Id == officerId).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        return new CaseMention(complaint.Reference, area, subject, category, complaint.NextDueDate, officer, complaint.NextDueKind);
    }
}
