using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class CalendarServiceStorage
{
    private static readonly CurrentStaff Admin = new(Guid.Empty, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });

    private static async Task<CurrentStaff> SignedInAdminAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var user = new StaffUser("oid-admin", "Mark Ellis", "mark@example.org");
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync();
        return Admin with { StaffUserId = user.Id };
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AClosureDayStopsBeingAWorkingDayAndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var calendars = database.Get<CalendarService>();
        var admin = await SignedInAdminAsync(database);
        Assert.True((await calendars.GetAsync()).IsWorkingDay(new DateOnly(2026, 12, 24)));

        await calendars.AddAdjustmentAsync(new DateOnly(2026, 12, 24), CalendarAdjustmentKind.Closure, "Christmas Eve closure", admin);

        Assert.False((await calendars.GetAsync()).IsWorkingDay(new DateOnly(2026, 12, 24)));
        await using var db = await database.Factory.CreateDbContextAsync();
        var audit = await db.TimelineEvents.SingleAsync();
        Assert.Equal(("Mark Ellis", "Calendar: 24 December 2026 added as a closure day (Christmas Eve closure)."), (audit.ActorName, audit.Summary));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ImportingGovUkDataStoresTheOneOffDays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var calendars = database.Get<CalendarService>();

        var result = await calendars.ImportGovUkAsync(GovUkBankHolidayImport.Sample2022, await SignedInAdminAsync(database));

        Assert.Equal((3, 1, 0), (result.ClosuresAdded, result.HolidaysRemoved, result.AdjustmentsDeleted));
        var calendar = await calendars.GetAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2022, 6, 3)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2022, 5, 30)));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task RemovingADaySomeoneElseChangedIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var calendars = database.Get<CalendarService>();
        var admin = await SignedInAdminAsync(database);
        await calendars.AddAdjustmentAsync(new DateOnly(2026, 12, 24), CalendarAdjustmentKind.Closure, "Christmas Eve closure", admin);
        var row = Assert.Single(await calendars.ListAdjustmentsAsync());

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => calendars.RemoveAdjustmentAsync(row.Id, Guid.NewGuid(), admin));

        Assert.Equal("That calendar day was changed by someone else while you were looking. Reload and try again.", refusal.Message);
        Assert.Single(await calendars.ListAdjustmentsAsync());
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamMayChangeTheCalendar()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var officer = new CurrentStaff(Guid.NewGuid(), "Priya Shah", new HashSet<StaffRole> { StaffRole.Officer });

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            database.Get<CalendarService>().AddAdjustmentAsync(new DateOnly(2026, 12, 24), CalendarAdjustmentKind.Closure, "Closure", officer));

        Assert.Equal("Only the complaints team role may change the working-day calendar.", refusal.Message);
    }

    [Fact]
    public async Task AStandardDayCanOnlyBeMarkedWorkedIfItIsABankHoliday()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var refusal = await Assert.ThrowsAsync<DomainException>(async () =>
            await database.Get<CalendarService>().AddAdjustmentAsync(new DateOnly(2026, 12, 24), CalendarAdjustmentKind.NotAHoliday, "Oops", await SignedInAdminAsync(database)));

        Assert.Equal("Thursday 24 December 2026 is not a standard bank holiday, so it cannot be removed as one.", refusal.Message);
    }
}
