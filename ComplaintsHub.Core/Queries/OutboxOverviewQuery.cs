using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Queries;

public sealed class OutboxOverviewQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, IOptions<EmailOptions> options, TimeProvider clock)
{
    /// <summary>How many of the latest problems the page lists.</summary>
    public const int ProblemsShown = 50;

    public async Task<OutboxOverview> GetAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "see the state of email");
        var settings = options.Value;
        var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.Status == EmailStatus.Pending || e.Status == EmailStatus.Sending || e.CreatedAt >= weekAgo)
            .GroupBy(e => e.Status).Select(g => new { Status = g.Key, Count = g.Count(), Recent = g.Count(e => e.CreatedAt >= weekAgo) })
            .ToListAsync(cancellationToken);
        int Count(params EmailStatus[] statuses) => counts.Where(c => statuses.Contains(c.Status)).Sum(c => c.Count);
        int Recent(EmailStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Recent);

        var problems = await Rows(db.OutboxEmails.Where(e => (e.Status == EmailStatus.Failed || e.Status == EmailStatus.Bounced) && !e.Resent), ProblemsShown, cancellationToken);
        var tests = await Rows(db.OutboxEmails.Where(e => e.Kind == EmailKind.Test), 5, cancellationToken);
        return new OutboxOverview(settings.IsSwitchedOn, settings.IsSwitchedOn ? $"{settings.SmtpHost}:{settings.SmtpPort}" : null, settings.Security, settings.FromAddress,
            settings.AppBaseUrl, settings.ReminderHour, Count(EmailStatus.Pending, EmailStatus.Sending), Recent(EmailStatus.Sent), Recent(EmailStatus.Failed),
            Recent(EmailStatus.Bounced), problems, tests);

        Task<List<OutboxProblemRow>> Rows(IQueryable<OutboxEmail> emails, int take, CancellationToken ct) =>
            emails.AsNoTracking().OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(take)
                .Select(e => new OutboxProblemRow(e.Id, e.CreatedAt, e.Kind, e.ToName, e.ToAddress, e.Status, e.LastReply,
                    db.Complaints.Where(c => c.Id == e.ComplaintId).Select(c => c.Reference).FirstOrDefault()))
                .ToListAsync(ct);
    }
}
