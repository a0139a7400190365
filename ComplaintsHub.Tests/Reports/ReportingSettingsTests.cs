using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Reports;

public class ReportingSettingsChanges
{
    /// <summary>A real, active member of the complaints team: services refuse writes by anyone else.</summary>
    private static async Task<CurrentStaff> AdminAsync(TestDatabase database)
    {
        var admin = await database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        return new CurrentStaff(admin.StaffUserId, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
    }

    [Fact]
    public async Task TheTargetDefaultsToNinetyPercentAndAChangedTargetDrivesTheRagStatus()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();
        var admin = await AdminAsync(database);
        Assert.Equal((90m, (Guid?)null), await settings.GetTargetAsync());

        await settings.SetTargetAsync(75, null, admin);

        var report = await database.Get<KpiQuery>().GetAsync(new KpiFilter(KpiWorld.Q2), admin);
        Assert.Equal(0.75, report.Target);
        Assert.Equal(RagStatus.Green, report.RagFor(0.8));
        Assert.Equal(RagStatus.Amber, report.RagFor(0.7));
        Assert.Equal(RagStatus.Red, report.RagFor(0.6));
    }

    [Fact]
    public async Task ATargetOutsideOneToAHundredIsRefusedAndAStaleChangeIsNotSaved()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();
        var admin = await AdminAsync(database);
        await settings.SetTargetAsync(85, null, admin);
        var (_, seen) = await settings.GetTargetAsync();

        await Assert.ThrowsAsync<DomainException>(() => settings.SetTargetAsync(0, seen, admin));
        await settings.SetTargetAsync(80, seen, admin);
        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() => settings.SetTargetAsync(95, seen, admin));

        var changed = UkTime.ToLocal(database.Clock.GetUtcNow().UtcDateTime);
        Assert.StartsWith($"The reporting settings were changed by Mark Ellis at {changed:HH:mm} on {changed:d MMMM} while you had them open.", stale.Message);
        Assert.Equal(80m, (await settings.GetTargetAsync()).TargetPercent);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => settings.SetTargetAsync(70, null, new CurrentStaff(Guid.NewGuid(), "Sarah Mitchell", new HashSet<StaffRole> { StaffRole.TeamLeader })));
    }

    [Fact]
    public async Task HomesAreEnteredOncePerYearAndCorrectedAtTheVersionSeen()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();
        var admin = await AdminAsync(database);

        await settings.SetHomesAsync(2026, 4100, null, admin);
        await Assert.ThrowsAsync<DomainException>(() => settings.SetHomesAsync(2026, 4200, null, admin));
        await Assert.ThrowsAsync<DomainException>(() => settings.SetHomesAsync(2025, 0, null, admin));
        var row = Assert.Single(await settings.ListHomesAsync());
        await settings.SetHomesAsync(2026, 4150, row.Version, admin);

        Assert.Equal(("2026/27", 4150), ((await settings.ListHomesAsync())[0].YearLabel, (await settings.ListHomesAsync())[0].Homes));
        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() => settings.SetHomesAsync(2026, 4000, row.Version, admin));
        Assert.StartsWith("The homes for 2026/27 were changed by Mark Ellis at ", stale.Message);
    }

    [Fact]
    public async Task EveryChangeIsRecordedWithWhoAndWhatItWasBefore()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();
        var admin = await AdminAsync(database);

        await settings.SetTargetAsync(85, null, admin);
        await settings.SetTargetAsync(92.5m, (await settings.GetTargetAsync()).Version, admin);
        await settings.SetHomesAsync(2026, 4100, null, admin);
        await settings.SetHomesAsync(2026, 4150, (await settings.ListHomesAsync())[0].Version, admin);

        await using var db = await database.Factory.CreateDbContextAsync();
        var recorded = db.TimelineEvents.Where(e => e.ComplaintId == null && e.Type == TimelineEventType.SetupChanged).OrderBy(e => e.Id)
            .Select(e => new { e.ActorName, e.Summary }).ToList();
        Assert.Equal(
            ["Reporting target changed from 90% to 85%.", "Reporting target changed from 85% to 92.5%.", "Homes owned in 2026/27 entered: 4,100.", "Homes owned in 2026/27 changed from 4,100 to 4,150."],
            recorded.Select(r => r.Summary));
        Assert.All(recorded, r => Assert.Equal("Mark Ellis", r.ActorName));
    }
}
