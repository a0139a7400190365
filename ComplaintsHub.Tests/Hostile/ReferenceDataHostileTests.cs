using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Hostile;

public class ReferenceDataHostile
{
    private static async Task<(TestDatabase Database, CurrentStaff Admin)> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, TestToday.HandWorkedNow);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 20);
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Mark Ellis");
        return (database, new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));
    }

    [Fact]
    public async Task OverLongOrEmptyValuesAreRefusedByFieldAndNothingIsSaved()
    {
        var (database, admin) = await SeededAsync();
        await using var _ = database;
        var procedure = (await database.Get<ReferenceDataQuery>().LoadAsync()).Procedures[0].Id;

        var refusal = await Assert.ThrowsAsync<SetupRefusedException>(() => database.Get<ReferenceDataAdmin>().SaveServiceAreaAsync(
            null, Guid.Empty, new ServiceAreaForm(new string('x', TextLimits.SetupName + 1), "\u0001 \t", procedure, null), admin));

        Assert.Equal("The name is too long: it can be at most 100 characters, and this is 101.", refusal.Errors[ReferenceDataFields.Name]);
        Assert.Equal("Enter a short code for lists and exports, e.g. HSG.", refusal.Errors[ReferenceDataFields.Code]);
        Assert.Equal(7, (await database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Count);
    }

    [Fact]
    public async Task AnAdminWhoseAccessWasSwitchedOffChangesNothingFromAPageLeftOpen()
    {
        var (database, admin) = await SeededAsync();
        await using var _ = database;
        var directory = database.Get<StaffDirectory>();
        var other = await directory.RecordSignInAsync("oid-admin-2", "Nadia Clarke", "nadia@example.org", [StaffRole.ComplaintsAdmin]);
        await directory.SwitchOffAsync(other.StaffUserId, admin.StaffUserId);

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            database.Get<ReferenceDataAdmin>().SavePartnerAsync(null, Guid.Empty, new PartnerForm("Cheap Bins Ltd"), admin));

        Assert.Equal(StaffSessions.SwitchedOffMessage, refusal.Message);
        Assert.DoesNotContain((await database.Get<ReferenceDataQuery>().LoadAsync()).Partners, p => p.Name == "Cheap Bins Ltd");
    }
}
