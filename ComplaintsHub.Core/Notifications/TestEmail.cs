using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// A test email the complaints team sends itself after setting up the mail server: it goes through the outbox like any
/// other, so its result (sent, or the server's refusal) is exactly what real emails would meet.
/// </summary>
public sealed class TestEmail(IDbContextFactory<ComplaintsDbContext> dbFactory, IOptions<EmailOptions> options, TimeProvider clock)
{
    /// <returns>The address it is going to.</returns>
    public async Task<string> QueueAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "send a test email");
        var settings = options.Value;
        if (!settings.IsSwitchedOn) throw new DomainException(EmailOptions.SwitchedOff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await db.StaffUsers.AsNoTracking().Where(s => s.Id == staff.StaffUserId).Select(s => new { s.DisplayName, s.Email }).SingleOrDefaultAsync(cancellationToken);
        if (me is null || !System.Net.Mail.MailAddress.TryCreate(me.Email, out _))
        {
            throw new DomainException("Your staff record has no email address to send the test to.");
        }

        var email = new EmailBody()
            .Paragraph($"This is a test from ComplaintsHub, sent by {me.DisplayName} to check the mail server settings.")
            .Paragraph($"It came through {settings.SmtpHost}:{settings.SmtpPort} from {settings.FromAddress}. Links in ComplaintsHub's emails start {settings.AppBaseUrl}.")
            .Build("ComplaintsHub test email");
        db.OutboxEmails.Add(new OutboxEmail(EmailKind.Test, me.Email, me.DisplayName, email.Subject, email.Text, email.Html, clock.GetUtcNow().UtcDateTime,
            recipientStaffId: staff.StaffUserId));
        await db.SaveChangesAsync(cancellationToken);
        return me.Email;
    }
}
