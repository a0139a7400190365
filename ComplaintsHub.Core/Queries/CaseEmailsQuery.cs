using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Queries;

/// <summary>The emails sent (or waiting, or refused) about one case, newest first, for someone who may see the case.</summary>
public sealed class CaseEmailsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, IOptions<EmailOptions> options)
{
    /// <returns>Null when there is no such case or the person may not see it.</returns>
    public async Task<CaseEmails?> ForCaseAsync(int caseId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await CaseVisibility.SeesCaseAsync(db, staff, caseId, cancellationToken)) return null;

        var rows = await db.OutboxEmails.AsNoTracking().Where(e => e.ComplaintId == caseId)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Select(e => new CaseEmailRow(e.Id, e.Kind, e.ToName, e.ToAddress, e.Subject, e.Status, e.Attempts, e.LastReply, e.CreatedAt, e.SentAt, e.FailedAt, e.NextAttemptAt, e.Resent))
            .ToListAsync(cancellationToken);
        return new CaseEmails(options.Value.IsSwitchedOn, rows);
    }
}
