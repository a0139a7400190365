using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>Writes sent straight to the Core services, past the page that would not have offered them.</summary>
[Trait("Category", "Hostile")]
public class ContactsBeforeSetUp
{
    [Fact]
    public async Task AFormNamingAServiceAreaThatIsSwitchedOffIsRefusedWhileNoAreaIsActive()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var officer = await ContactLoggingBeforeSetUp.OfficerAsync(database);
        int closedId;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var closed = new ServiceArea("Old depot", "DEP", (await db.Procedures.SingleAsync(p => p.Code == "Corporate")).Id) { IsActive = false };
            db.ServiceAreas.Add(closed);
            await db.SaveChangesAsync();
            closedId = closed.Id;
        }

        var refusal = await Assert.ThrowsAsync<NotSetUpException>(() => database.Get<ContactLogging>().LogAsync(ContactLoggingBeforeSetUp.Anonymous(closedId), officer));

        Assert.Equal(ContactLogging.NotSetUp, refusal.Message);
        await using var after = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await after.Complaints.CountAsync());
    }
}
