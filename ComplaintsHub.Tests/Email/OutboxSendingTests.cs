using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ComplaintsHub.Tests.Email;

/// <summary>The outbox against a real SMTP server (STARTTLS, a user name and password): what a council's relay would see.</summary>
public class OutboxSending : IAsyncLifetime
{
    private SmtpTestServer _smtp = null!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpTestServer.Start();
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task AnEmailGoesOnceWithPlainTextAndHtml()
    {
        var id = await QueueAsync("Case CMP-1 has been allocated to you");
        await using var app = new AppInstance(_database, _smtp.Settings());

        Assert.Equal(1, await app.Get<OutboxSender>().SendDueAsync());
        Assert.Equal(0, await app.Get<OutboxSender>().SendDueAsync());

        var message = Assert.Single(_smtp.Received);
        Assert.Equal("Case CMP-1 has been allocated to you", message.Subject);
        Assert.Equal("officer@ashbury.gov.uk", message.To.Mailboxes.Single().Address);
        Assert.Equal("complaints@ashbury.gov.uk", message.From.Mailboxes.Single().Address);
        Assert.Equal("Plain words.", message.TextBody?.Trim());
        Assert.Equal("<p>Plain words.</p>", message.HtmlBody?.Trim());
        var row = await RowAsync(id);
        Assert.Equal(EmailStatus.Sent, row.Status);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal(250, ReplyCode(row));
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime, row.SentAt);
    }

    [Fact]
    public async Task ARelayThatRefusesThenAcceptsGetsTheMessageExactlyOnce()
    {
        var id = await QueueAsync("Reminder");
        await using var app = new AppInstance(_database, _smtp.Settings());
        var sender = app.Get<OutboxSender>();
        _smtp.RefuseNextTemporarily();

        Assert.Equal(0, await sender.SendDueAsync());
        var refused = await RowAsync(id);
        Assert.Equal((EmailStatus.Pending, 1, 451), (refused.Status, refused.Attempts, ReplyCode(refused)));
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), refused.NextAttemptAt);

        // Not before its time...
        _database.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await sender.SendDueAsync());
        Assert.Empty(_smtp.Received);

        // ...then once.
        _database.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sender.SendDueAsync());
        _database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await sender.SendDueAsync());

        Assert.Single(_smtp.Received);
        var sent = await RowAsync(id);
        Assert.Equal((EmailStatus.Sent, 2), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task WaitsDoubleAfterEachRefusalAndTheEmailFailsWhenAttemptsRunOut()
    {
        var id = await QueueAsync("Reminder");
        await using var app = new AppInstance(_database, _smtp.Settings(o => o.MaxAttempts = 4));
        var sender = app.Get<OutboxSender>();
        var waits = new List<double>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            _smtp.RefuseNextTemporarily();
            var before = _database.Clock.GetUtcNow().UtcDateTime;
            await sender.SendDueAsync();
            var row = await RowAsync(id);
            if (row.Status == EmailStatus.Pending)
            {
                waits.Add((row.NextAttemptAt - before).TotalMinutes);
                _database.Clock.Advance(row.NextAttemptAt - before);
            }
        }

        Assert.Equal([1, 2, 4], waits);
        var failed = await RowAsync(id);
        Assert.Equal((EmailStatus.Failed, 4, 451), (failed.Status, failed.Attempts, ReplyCode(failed)));
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task APermanentRefusalFailsAtOnceWithTheServersReply()
    {
        var id = await QueueAsync("Reminder");
        await using var app = new AppInstance(_database, _smtp.Settings());
        _smtp.RefuseNextForGood();

        await app.Get<OutboxSender>().SendDueAsync();
        _database.Clock.Advance(TimeSpan.FromDays(1));
        await app.Get<OutboxSender>().SendDueAsync();

        var row = await RowAsync(id);
        Assert.Equal((EmailStatus.Failed, 1, 550), (row.Status, row.Attempts, ReplyCode(row)));
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task AWrongPasswordIsKeptForAnotherTryNotLost()
    {
        var id = await QueueAsync("Reminder");
        await using var wrong = new AppInstance(_database, _smtp.Settings(o => o.Password = "not-the-password"));
        await wrong.Get<OutboxSender>().SendDueAsync();
        Assert.Equal(EmailStatus.Pending, (await RowAsync(id)).Status);

        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var fixedSettings = new AppInstance(_database, _smtp.Settings());
        Assert.Equal(1, await fixedSettings.Get<OutboxSender>().SendDueAsync());
        Assert.Single(_smtp.Received);
    }

    [Fact]
    public async Task AnEmailInterruptedMidSendIsRecordedAndNotSentAgain()
    {
        var id = await QueueAsync("Reminder");
        var now = _database.Clock.GetUtcNow().UtcDateTime;
        // An instance claimed it and stopped before recording the server's answer.
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            await db.OutboxEmails.Where(e => e.Id == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EmailStatus.Sending)
                .SetProperty(e => e.ClaimedBy, "stopped-instance").SetProperty(e => e.ClaimedUntil, now.AddMinutes(1)));
        }

        await using var app = new AppInstance(_database, _smtp.Settings());
        await app.Get<OutboxSender>().SendDueAsync();
        Assert.Equal(EmailStatus.Sending, (await RowAsync(id)).Status); // its claim has not run out: it may still be sending

        _database.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.Get<OutboxSender>().SendDueAsync();
        await app.Get<OutboxSender>().SendDueAsync();

        var row = await RowAsync(id);
        Assert.Equal(EmailStatus.Failed, row.Status);
        Assert.Equal(OutboxSender.InterruptedReply, row.LastReply);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task TwoInstancesSharingTheDatabaseSendEachEmailOnce()
    {
        const int count = 30;
        for (var i = 0; i < count; i++) await QueueAsync($"Email {i}");
        await using var first = new AppInstance(_database, _smtp.Settings());
        await using var second = new AppInstance(_database, _smtp.Settings());

        await Task.WhenAll(DrainAsync(first.Get<OutboxSender>()), DrainAsync(second.Get<OutboxSender>()));

        Assert.Equal(count, _smtp.Received.Count);
        Assert.Equal(count, _smtp.Received.Select(m => m.MessageId).Distinct().Count());
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(count, await db.OutboxEmails.CountAsync(e => e.Status == EmailStatus.Sent && e.Attempts == 1));

        static async Task DrainAsync(OutboxSender sender)
        {
            for (var pass = 0; pass < 10; pass++) await sender.SendDueAsync();
        }
    }

    [Fact]
    public async Task NothingIsSentWhileEmailIsSwitchedOff()
    {
        var id = await QueueAsync("Reminder");
        await using var app = new AppInstance(_database, _smtp.Settings(o => o.SmtpHost = ""));

        Assert.Equal(0, await app.Get<OutboxSender>().SendDueAsync());

        Assert.Equal((EmailStatus.Pending, 0), ((await RowAsync(id)).Status, (await RowAsync(id)).Attempts));
        Assert.Empty(_smtp.Received);
    }

    private async Task<long> QueueAsync(string subject)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var email = new OutboxEmail(EmailKind.CaseAllocated, "officer@ashbury.gov.uk", "Priya Shah", subject, "Plain words.", "<p>Plain words.</p>", _database.Clock.GetUtcNow().UtcDateTime);
        db.OutboxEmails.Add(email);
        await db.SaveChangesAsync();
        return email.Id;
    }

    private async Task<OutboxEmail> RowAsync(long id)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    private static int ReplyCode(OutboxEmail row) => int.Parse(row.LastReply![..3]);
}
