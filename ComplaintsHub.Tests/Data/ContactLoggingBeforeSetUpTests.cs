using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class ContactLoggingBeforeSetUp
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task WithNoServiceAreaTheChoicesSaySoAndALogAttemptIsRefusedSavingNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var officer = await OfficerAsync(database);
        var logging = database.Get<ContactLogging>();

        var choices = await logging.ChoicesAsync();
        var refusal = await Assert.ThrowsAsync<NotSetUpException>(() => logging.LogAsync(Anonymous(areaId: null), officer));

        Assert.False(choices.IsSetUp);
        Assert.Equal("ComplaintsHub is not set up yet: the complaints team must add the service areas first.", refusal.Message);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal((0, 0), (await db.Complaints.CountAsync(), await db.ReferenceCounters.CountAsync()));
    }

    [Fact]
    public async Task OnceThereIsAnActiveServiceAreaAContactIsLogged()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var officer = await OfficerAsync(database);
        int areaId;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var area = new ServiceArea("Parking", "PKG", (await db.Procedures.SingleAsync(p => p.Code == "Corporate")).Id);
            db.ServiceAreas.Add(area);
            await db.SaveChangesAsync();
            areaId = area.Id;
        }

        var result = await database.Get<ContactLogging>().LogAsync(Anonymous(areaId), officer);

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        Assert.True((await database.Get<ContactLogging>().ChoicesAsync()).IsSetUp);
    }

    internal static ContactLogForm Anonymous(int? areaId) => new()
    {
        ServiceAreaId = areaId,
        Classification = ContactClassification.Compliment,
        ReceivedDate = TestToday.Date.ToDateTime(TimeOnly.MinValue),
        ReceivedTime = new TimeSpan(9, 0, 0),
        Description = "Thanks to the crew for picking up the bin I left out late.",
    };

    internal static async Task<CurrentStaff> OfficerAsync(TestDatabase database)
    {
        var person = await database.Get<StaffDirectory>().RecordSignInAsync("oid-officer", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        return new CurrentStaff(person.StaffUserId, person.DisplayName, new HashSet<StaffRole> { StaffRole.Officer });
    }
}
