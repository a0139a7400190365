using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Email;

/// <summary>The whole app, stopped with an email in its outbox and started again: what a crash or a deployment does.</summary>
public class OutboxRestart
{
    /// <summary>The reminder hour is late in the day so that the day's reminders do not join in.</summary>
    private static Dictionary<string, string?> Settings(SmtpTestServer smtp, TimeSpan poll) => smtp.Configuration(o => (o.PollInterval, o.ReminderHour) = (poll, 23));

    [Fact]
    public async Task AnEmailWrittenBeforeTheAppStoppedIsSentOnceAfterItStartsAgain()
    {
        await using var smtp = SmtpTestServer.Start();
        // The first instance looks at its outbox when it starts, then not for an hour: it is stopped long before that.
        var first = await ComplaintsHubFactory.CreateAsync(settings: Settings(smtp, TimeSpan.FromHours(1)));
        first.CreateClient();
        await Task.Delay(TimeSpan.FromSeconds(1));
        long id;
        string messageId;
        await using (var db = await first.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            var email = new OutboxEmail(EmailKind.CaseAllocated, "officer@ashbury.gov.uk", "Priya Shah", "Allocated to you", "Text", "<p>Text</p>", first.Clock.GetUtcNow().UtcDateTime);
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
            (id, messageId) = (email.Id, email.MessageId);
        }

        var second = first.RestartedWith(Settings(smtp, TimeSpan.FromMilliseconds(200)));
        await first.DisposeAsync();
        Assert.DoesNotContain(smtp.Received, m => m.MessageId == messageId);

        await using (second)
        {
            second.CreateClient();
            for (var waited = 0; waited < 100 && !smtp.Received.Any(m => m.MessageId == messageId); waited++) await Task.Delay(200);
            // Several more passes of the sender: none may send it again.
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            Assert.Single(smtp.Received, m => m.MessageId == messageId);
            await using var db = await second.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
            var row = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id);
            Assert.Equal((EmailStatus.Sent, 1), (row.Status, row.Attempts));
        }
    }
}
