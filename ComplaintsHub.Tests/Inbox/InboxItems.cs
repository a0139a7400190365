using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>Inbox items stored straight into a test database, for the tests that are about handling them rather than reading mail.</summary>
internal static class InboxItems
{
    public static async Task<InboxItem> StoreAsync(TestDatabase database, string subject = "Bin not collected", int? uid = null, params InboxAttachment[] attachments)
    {
        var item = new InboxItem("complaints@ashbury.test@imap:993/INBOX", 1, uid ?? Random.Shared.Next(1, int.MaxValue), $"{Guid.NewGuid():N}@example.net", "grace@example.net",
            "Grace Okonkwo", subject, TestToday.Now.UtcDateTime.AddHours(-3), "Missed again.", "From: grace@example.net\r\n\r\nMissed again.\r\n"u8.ToArray(), 40, attachments,
            TestToday.Now.UtcDateTime);
        await using var db = await database.Factory.CreateDbContextAsync();
        db.InboxItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }
}
