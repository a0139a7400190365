using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Hostile;

public class SavedImportMappingHostile
{
    private static readonly ImportMapping AMapping = new(new Dictionary<ImportField, string> { [ImportField.Reference] = "Ref" });

    private static async Task<(TestDatabase Database, CurrentStaff Admin, Guid AdminId)> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var mark = await database.Get<StaffDirectory>().RecordSignInAsync("oid-mark", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        return (database, new CurrentStaff(mark.StaffUserId, mark.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }), mark.StaffUserId);
    }

    [Theory]
    [InlineData("", "Give the mapping a name, e.g. \"SharePoint complaints list\".")]
    [InlineData(" \u0001\t ", "Give the mapping a name, e.g. \"SharePoint complaints list\".")]
    public async Task AMappingWithNoNameIsRefusedAtTheNameAndNothingIsSaved(string name, string message)
    {
        var (database, admin, _) = await CreateAsync();
        await using var _ = database;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => database.Get<SavedImportMappings>().SaveAsync(null, Guid.Empty, name, AMapping, admin));

        Assert.Equal((SavedImportMappings.NameField, message), (refusal.Field, refusal.Message));
        Assert.Empty(await database.Get<SavedImportMappings>().ListAsync(admin));
    }

    [Fact]
    public async Task AnOverLongNameIsRefusedWithItsLengthNotCutShort()
    {
        var (database, admin, _) = await CreateAsync();
        await using var _ = database;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            database.Get<SavedImportMappings>().SaveAsync(null, Guid.Empty, new string('x', TextLimits.SetupName + 1), AMapping, admin));

        Assert.Equal("The name is too long: it can be at most 100 characters, and this is 101.", refusal.Message);
        Assert.Empty(await database.Get<SavedImportMappings>().ListAsync(admin));
    }

    [Fact]
    public async Task AnAdminWhoseAccessWasSwitchedOffSavesNothingFromAPageLeftOpen()
    {
        var (database, admin, adminId) = await CreateAsync();
        await using var _ = database;
        var directory = database.Get<StaffDirectory>();
        var other = await directory.RecordSignInAsync("oid-nadia", "Nadia Clarke", "nadia@example.org", [StaffRole.ComplaintsAdmin]);
        await directory.SwitchOffAsync(other.StaffUserId, adminId);

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<SavedImportMappings>().SaveAsync(null, Guid.Empty, "Mine", AMapping, admin));

        Assert.Equal(StaffSessions.SwitchedOffMessage, refusal.Message);
        var nadia = new CurrentStaff(other.StaffUserId, "Nadia Clarke", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        Assert.Empty(await database.Get<SavedImportMappings>().ListAsync(nadia));
    }
}
