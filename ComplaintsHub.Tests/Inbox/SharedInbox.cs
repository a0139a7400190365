using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Inbox;
using ComplaintsHub.Tests.Support;
using MimeKit;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>The shared mailbox read over IMAP from a real server (Dovecot), as the app reads it.</summary>
public class SharedInbox
{
    private static readonly byte[] Photo = Enumerable.Range(0, 3000).Select(i => (byte)(i % 251)).ToArray();

    private static async Task<(TestDatabase Database, CurrentStaff Officer, int WasteId)> SeededAsync(TestMailbox mailbox)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, TestToday.HandWorkedNow, inbox: mailbox.Options);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using var db = await database.Factory.CreateDbContextAsync();
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Tom Bennett");
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling");
        return (database, new CurrentStaff(officer.Id, officer.DisplayName, new HashSet<StaffRole> { StaffRole.Officer }), waste.Id);
    }

    [ImapFact]
    public async Task AnEmailBecomesANewCaseWithItsOriginalAndAttachmentsKept()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        var (database, officer, waste) = await SeededAsync(mailbox);
        await using var _ = database;
        var sent = InboxMessages.From("grace@example.net", "Grace Okonkwo", "Bin not collected", "My green bin has been missed three weeks running.",
            ("bin.jpg", "image/jpeg", Photo));
        var uid = await mailbox.DeliverAsync(sent);

        var result = await database.Get<InboxIntake>().RunAsync();

        Assert.Equal((1, 0), (result.Stored, result.AttachedToCases));
        Assert.True(await mailbox.IsSeenAsync(uid));
        var inbox = database.Get<InboxService>();
        var row = Assert.Single(await inbox.ListAsync(InboxItemStatus.New, officer));
        var form = new ContactLogForm
        {
            Channel = Channel.Email, ServiceAreaId = waste, ReceivedDate = new DateTime(2026, 11, 19), Description = "My green bin has been missed three weeks running.",
            Complainant = new ComplainantForm { FirstName = "Grace", LastName = "Okonkwo", Email = row.FromAddress }, InboxItemId = row.Id, InboxItemVersion = row.Version,
        };
        var logged = await database.Get<ContactLogging>().LogAsync(form, officer);

        var kept = Assert.Single(await inbox.ForCaseAsync(logged.ComplaintId!.Value, officer));
        Assert.Equal((InboxItemStatus.Logged, logged.Reference), (kept.Row.Status, kept.Row.CaseReference));
        var original = await inbox.OriginalAsync(row.Id, officer);
        var reread = await MimeMessage.LoadAsync(new MemoryStream(original!.Content));
        Assert.Equal((sent.MessageId, sent.Subject), (reread.MessageId, reread.Subject));
        var attachment = Assert.Single(kept.Attachments);
        Assert.Equal(Photo, (await inbox.AttachmentAsync(attachment.Id, officer))!.Content);
        Assert.Empty(await inbox.ListAsync(InboxItemStatus.New, officer));
    }

    [ImapFact]
    public async Task AReplyQuotingAReferenceLandsOnThatCase()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        var (database, officer, _) = await SeededAsync(mailbox);
        await using var __ = database;
        string reference;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            reference = await db.Complaints.OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        }

        var uid = await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", $"RE: Your complaint {reference.ToLowerInvariant()}", "Thank you, the bin was emptied today."));

        var result = await database.Get<InboxIntake>().RunAsync();

        Assert.Equal((1, 1), (result.Stored, result.AttachedToCases));
        Assert.True(await mailbox.IsSeenAsync(uid));
        await using var check = await database.Factory.CreateDbContextAsync();
        var item = await check.InboxItems.SingleAsync();
        var complaint = await check.Complaints.Include(c => c.Timeline).SingleAsync(c => c.Reference == reference);
        Assert.Equal((InboxItemStatus.Attached, complaint.Id, "ComplaintsHub"), (item.Status, item.ComplaintId, item.HandledByName));
        Assert.Equal(1, complaint.Timeline.Count(t => t.Type == TimelineEventType.EmailReceived));
    }

    [ImapFact]
    public async Task AMessageIsStoredOnceEvenIfIntakeRunsTwiceOrStopsBeforeMarkingItSeen()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var uid = await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", "Bin not collected", "Missed again."));
        var intake = database.Get<InboxIntake>();

        var first = await intake.RunAsync();
        var second = await intake.RunAsync();
        // As if the app stopped after saving the message and before marking it seen.
        await mailbox.MarkUnseenAsync(uid);
        var afterRestart = await intake.RunAsync();

        Assert.Equal((1, 0, 0), (first.Stored, second.Stored, afterRestart.Stored));
        Assert.Equal(1, afterRestart.AlreadyStored);
        Assert.True(await mailbox.IsSeenAsync(uid));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.InboxItems.CountAsync());
    }

    [ImapFact]
    public async Task AReplyStoredByARunThatStoppedBeforeFilingItIsFiledUnderItsCaseByTheNextRun()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        var (database, _, _) = await SeededAsync(mailbox);
        await using var __ = database;
        string reference;
        await using (var db = await database.Factory.CreateDbContextAsync()) reference = await db.Complaints.OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        var uid = await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", $"Re: {reference}", "Thanks."));
        // What the stopped run left: the message stored, still new, still unseen in the mailbox.
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.InboxItems.Add(new InboxItem(mailbox.Options.MailboxName, await mailbox.UidValidityAsync(), uid.Id, null, "grace@example.net", "Grace Okonkwo", $"Re: {reference}",
                TestToday.Now.UtcDateTime, "Thanks.", null, 0, [], TestToday.Now.UtcDateTime));
            await db.SaveChangesAsync();
        }

        var result = await database.Get<InboxIntake>().RunAsync();

        Assert.Equal((0, 1), (result.Stored, result.AlreadyStored));
        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal((InboxItemStatus.Attached, reference), await check.InboxItems.Select(i => ValueTuple.Create(i.Status, i.CaseReference)).SingleAsync());
        Assert.True(await mailbox.IsSeenAsync(uid));
    }

    [ImapFact]
    public async Task TwoInstancesReadingTheMailboxAtOnceStoreEachMessageOnce()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        for (var i = 0; i < 5; i++) await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", $"Bin {i}", "Missed."));
        var intake = database.Get<InboxIntake>();

        var results = await Task.WhenAll(intake.RunAsync(), intake.RunAsync());

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(5, await db.InboxItems.CountAsync());
        Assert.Equal(5, results.Sum(r => r.Stored));
    }

    [ImapFact]
    public async Task AnAttachmentOverTheLimitIsListedWithItsSizeButNotKept()
    {
        await using var mailbox = await TestMailbox.CreateAsync(o => o.MaxAttachmentBytes = 1000);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var small = new byte[] { 1, 2, 3, 4 };
        await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", "Photos", "Two photos.",
            ("small.png", "image/png", small), ("large.jpg", "image/jpeg", Photo)));

        await database.Get<InboxIntake>().RunAsync();

        var staff = new CurrentStaff(Guid.NewGuid(), "Complaints team", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        var inbox = database.Get<InboxService>();
        var row = Assert.Single(await inbox.ListAsync(null, staff));
        var details = (await inbox.GetAsync(row.Id, staff))!;
        Assert.Equal([("small.png", 4L, true), ("large.jpg", 3000L, false)], details.Attachments.Select(a => (a.FileName, a.Size, a.IsKept)).ToArray());
        Assert.Null(await inbox.AttachmentAsync(details.Attachments[1].Id, staff));
        Assert.Equal(small, (await inbox.AttachmentAsync(details.Attachments[0].Id, staff))!.Content);
    }

    [ImapFact]
    public async Task AMessageOverTheLimitIsListedWithItsTextAndFilesButItsOriginalIsNotKept()
    {
        await using var mailbox = await TestMailbox.CreateAsync(o => (o.MaxMessageBytes, o.MaxAttachmentBytes) = (2000, 2000));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", "Photos of the bin", "The photos are attached.", ("bin.jpg", "image/jpeg", Photo)));

        var result = await database.Get<InboxIntake>().RunAsync();

        Assert.Equal(1, result.Stored);
        await using var db = await database.Factory.CreateDbContextAsync();
        var item = await db.InboxItems.Include(i => i.Attachments).SingleAsync();
        Assert.Equal(("grace@example.net", "Photos of the bin", "The photos are attached."), (item.FromAddress, item.Subject, item.TextBody));
        Assert.Null(item.Original);
        Assert.True(item.OriginalSize > 2000);
        var photo = Assert.Single(item.Attachments);
        Assert.Equal(("bin.jpg", false), (photo.FileName, photo.IsKept));
    }

    [ImapFact]
    public async Task ABounceMarksTheEmailItReportsBouncedInsteadOfJoiningTheInbox()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var email = new OutboxEmail(EmailKind.CaseAllocated, "old.address@example.net", "Grace Okonkwo", "A case for you", "…", null, TestToday.Now.UtcDateTime);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
        }

        await mailbox.DeliverAsync(InboxMessages.BounceOf(email.MessageId, "old.address@example.net", "550 5.1.1 <old.address@example.net>: Recipient address rejected"));
        // A report about an email ComplaintsHub never sent is for a person to read.
        await mailbox.DeliverAsync(InboxMessages.BounceOf("someone-else@example.org", "x@example.net", "550 5.1.1 unknown"));

        var result = await database.Get<InboxIntake>().RunAsync();

        Assert.Equal((1, 1), (result.Bounces, result.Stored));
        await using var check = await database.Factory.CreateDbContextAsync();
        var bounced = await check.OutboxEmails.SingleAsync();
        Assert.Equal(EmailStatus.Bounced, bounced.Status);
        Assert.Contains("Recipient address rejected", bounced.LastReply);
        Assert.Equal(1, await check.InboxItems.CountAsync());
    }

    [ImapFact]
    public async Task AnHtmlOnlyEmailIsListedWithItsText()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var message = InboxMessages.From("grace@example.net", "Grace Okonkwo", "Bin", "");
        message.Body = new TextPart("html") { Text = "<html><head><style>p{color:red}</style></head><body><p>Missed <b>again</b>.</p><p>Please come.</p></body></html>" };
        await mailbox.DeliverAsync(message);

        await database.Get<InboxIntake>().RunAsync();

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal("Missed again.\n\nPlease come.", (await db.InboxItems.SingleAsync()).TextBody);
    }

    [ImapFact]
    public async Task AWrongPasswordIsRefusedByTheServerAndNothingIsRead()
    {
        await using var mailbox = await TestMailbox.CreateAsync(o => o.Password = "not-the-password");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var uid = await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace Okonkwo", "Bin", "Missed."));

        await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(() => database.Get<InboxIntake>().RunAsync());

        Assert.False(await mailbox.IsSeenAsync(uid));
    }
}
