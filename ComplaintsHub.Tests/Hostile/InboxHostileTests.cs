using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Inbox;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Inbox;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ComplaintsHub.Tests.Hostile;

public class InboxHostile
{
    [ImapFact]
    public async Task AMessageWithNoSenderDateOrSubjectIsStillStoredAndListed()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var bare = new MimeMessage { Body = new TextPart("plain") { Text = "Who am I?" } };
        bare.Headers.Remove(HeaderId.Date);
        bare.Headers.Remove(HeaderId.MessageId);
        await mailbox.DeliverAsync(bare);

        var result = await database.Get<InboxIntake>().RunAsync();

        Assert.Equal(1, result.Stored);
        await using var db = await database.Factory.CreateDbContextAsync();
        var item = await db.InboxItems.SingleAsync();
        Assert.Equal(("", "", "Who am I?", InboxItemStatus.New), (item.FromAddress, item.Subject, item.TextBody, item.Status));
    }

    [ImapFact]
    public async Task AVeryLongSubjectIsKeptWholeAndAnAttachmentsNameLosesAnyPath()
    {
        await using var mailbox = await TestMailbox.CreateAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: mailbox.Options);
        var subject = string.Concat(Enumerable.Repeat("Missed bin again ", 400)).Trim();
        await mailbox.DeliverAsync(InboxMessages.From("grace@example.net", "Grace", subject, "x", ("../../etc/passwd<script>.html", "text/html", "<script>alert(1)</script>"u8.ToArray())));

        await database.Get<InboxIntake>().RunAsync();

        await using var db = await database.Factory.CreateDbContextAsync();
        var item = await db.InboxItems.Include(i => i.Attachments).SingleAsync();
        Assert.Equal(subject.Length, item.Subject.Length);
        Assert.Equal("passwd<script>.html", Assert.Single(item.Attachments).FileName);
    }

    [Fact]
    public async Task ADismissReasonOverTheNotesLimitIsRefusedAndNothingIsSaved()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        var staff = new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        var item = await InboxItems.StoreAsync(database);

        await Assert.ThrowsAsync<DomainException>(() => database.Get<InboxService>().DismissAsync(item.Id, item.Version, new string('x', TextLimits.Notes + 1), staff));

        Assert.Equal(InboxItemStatus.New, (await database.Get<InboxService>().GetAsync(item.Id, staff))!.Row.Status);
    }

    [Fact]
    public async Task AStaleVersionCannotDismissAnEmailEvenWhileItIsNew()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        var staff = new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        var item = await InboxItems.StoreAsync(database);

        await Assert.ThrowsAsync<ConcurrencyException>(() => database.Get<InboxService>().DismissAsync(item.Id, Guid.NewGuid(), "Spam.", staff));

        Assert.Equal(InboxItemStatus.New, (await database.Get<InboxService>().GetAsync(item.Id, staff))!.Row.Status);
    }
}
