using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Import;

public class SavedMappings
{
    private sealed record World(TestDatabase Database, CurrentStaff Admin, CurrentStaff OtherAdmin) : IAsyncDisposable
    {
        public SavedImportMappings Service => Database.Get<SavedImportMappings>();
        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    private static async Task<World> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var directory = database.Get<StaffDirectory>();
        var mark = await directory.RecordSignInAsync("oid-mark", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        var nadia = await directory.RecordSignInAsync("oid-nadia", "Nadia Clarke", "nadia@example.org", [StaffRole.ComplaintsAdmin]);
        return new World(database,
            new CurrentStaff(mark.StaffUserId, mark.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }),
            new CurrentStaff(nadia.StaffUserId, nadia.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));
    }

    private static async Task<List<TimelineEvent>> SetupEventsAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.TimelineEvents.Where(e => e.Type == TimelineEventType.SetupChanged).OrderBy(e => e.Id).ToListAsync();
    }

    private static ImportMapping Columns(params (ImportField Field, string Column)[] columns) =>
        new(columns.ToDictionary(c => c.Field, c => c.Column));

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ASavedMappingComesBackWithItsColumnsAndTranslationsForTheNextFile(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);

        var id = await world.Service.SaveAsync(null, Guid.Empty, " SharePoint list ", OldList.Mapping, world.Admin);

        var saved = Assert.Single(await world.Service.ListAsync(world.Admin));
        Assert.Equal((id, "SharePoint list", "Mark Ellis", world.Database.Clock.GetUtcNow().UtcDateTime), (saved.Id, saved.Name, saved.UpdatedByName, saved.UpdatedAt));
        Assert.Equal(OldList.Mapping.Columns.OrderBy(c => c.Key), saved.Mapping.Columns.OrderBy(c => c.Key));
        Assert.Equal(OldList.Mapping.ServiceAreas!.OrderBy(m => m.Key), saved.Mapping.ServiceAreas!.OrderBy(m => m.Key));
        Assert.Equal(OldList.Mapping.Outcomes!.OrderBy(m => m.Key), saved.Mapping.Outcomes!.OrderBy(m => m.Key));
        Assert.Equal(OldList.Mapping.Channels!.OrderBy(m => m.Key), saved.Mapping.Channels!.OrderBy(m => m.Key));
    }

    [Fact]
    public async Task EverySaveIsOnRecordWithWhoWhenAndWhatTheMappingSaidBeforeAndAfter()
    {
        await using var world = await CreateAsync();
        var id = await world.Service.SaveAsync(null, Guid.Empty, "SharePoint list",
            Columns((ImportField.Reference, "Ref"), (ImportField.ReceivedDate, "Logged")), world.Admin);
        var loaded = Assert.Single(await world.Service.ListAsync(world.Admin));
        world.Database.Clock.Advance(TimeSpan.FromMinutes(5));

        var changed = loaded.Mapping with
        {
            Columns = new Dictionary<ImportField, string> { [ImportField.Reference] = "Case ref", [ImportField.ReceivedDate] = "Logged" },
            ServiceAreas = new Dictionary<string, string> { ["Bins"] = "Waste" },
        };
        await world.Service.SaveAsync(id, loaded.Version, "SharePoint list", changed, world.OtherAdmin);

        var events = await SetupEventsAsync(world.Database);
        Assert.Equal(2, events.Count);
        Assert.Equal("Import mapping SharePoint list added: columns Reference ← Ref, Date received ← Logged.", events[0].Summary);
        Assert.Equal("Import mapping SharePoint list changed: columns Reference ← Ref, Date received ← Logged → columns Reference ← Case ref, Date received ← Logged; service areas Bins → Waste.", events[1].Summary);
        Assert.Equal((world.OtherAdmin.StaffUserId, world.Database.Clock.GetUtcNow().UtcDateTime, (int?)null), (events[1].ActorId, events[1].OccurredAt, events[1].ComplaintId));
    }

    [Fact]
    public async Task AStaleSaveIsRefusedNamingWhoSavedFirstAndWhenAndTheirMappingStays()
    {
        await using var world = await CreateAsync();
        var id = await world.Service.SaveAsync(null, Guid.Empty, "SharePoint list", Columns((ImportField.Reference, "Ref")), world.Admin);
        var seenByBoth = Assert.Single(await world.Service.ListAsync(world.Admin));
        world.Database.Clock.Advance(TimeSpan.FromMinutes(7));
        await world.Service.SaveAsync(id, seenByBoth.Version, "SharePoint list", Columns((ImportField.Reference, "Case ref")), world.OtherAdmin);
        var theirs = UkTime.ToLocal(world.Database.Clock.GetUtcNow().UtcDateTime);

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            world.Service.SaveAsync(id, seenByBoth.Version, "SharePoint list", Columns((ImportField.Reference, "Old ref")), world.Admin));

        Assert.Equal($"The mapping SharePoint list was changed by Nadia Clarke at {theirs:HH:mm} on {theirs:d MMMM} while you had it open. Nothing you entered has been saved: "
            + "your mapping is still on the page, so save it under another name, or pick the saved one again to see theirs.", refusal.Message);
        Assert.Equal("Case ref", Assert.Single(await world.Service.ListAsync(world.Admin)).Mapping.Columns[ImportField.Reference]);
        Assert.Equal(2, (await SetupEventsAsync(world.Database)).Count);
    }

    [Fact]
    public async Task ASecondMappingWithTheSameNameIsRefusedAtTheName()
    {
        await using var world = await CreateAsync();
        await world.Service.SaveAsync(null, Guid.Empty, "SharePoint list", Columns((ImportField.Reference, "Ref")), world.Admin);

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            world.Service.SaveAsync(null, Guid.Empty, "sharepoint LIST", Columns((ImportField.Reference, "Other")), world.OtherAdmin));

        Assert.Equal(SavedImportMappings.NameField, refusal.Field);
        Assert.Equal("There is already a saved mapping called sharepoint LIST: pick it from the list to change it, or give this one another name.", refusal.Message);
        Assert.Equal("Ref", Assert.Single(await world.Service.ListAsync(world.Admin)).Mapping.Columns[ImportField.Reference]);
    }

    [Theory]
    [InlineData(StaffRole.Officer)]
    [InlineData(StaffRole.TeamLeader)]
    [InlineData(StaffRole.HeadOfService)]
    [InlineData(StaffRole.PortfolioHolder)]
    public async Task OnlyTheComplaintsTeamMayReadOrSaveMappings(StaffRole role)
    {
        await using var world = await CreateAsync();
        var person = await world.Database.Get<StaffDirectory>().RecordSignInAsync("oid-someone", "Tom Bennett", "tom@example.org", [role]);
        var someone = new CurrentStaff(person.StaffUserId, person.DisplayName, new HashSet<StaffRole> { role });

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Service.SaveAsync(null, Guid.Empty, "Mine", Columns((ImportField.Reference, "Ref")), someone));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Service.ListAsync(someone));

        Assert.Empty(await world.Service.ListAsync(world.Admin));
        Assert.Empty(await SetupEventsAsync(world.Database));
    }
}
