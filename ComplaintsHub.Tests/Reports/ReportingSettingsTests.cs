using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Reports;

public class ReportingSettingsChanges
{
    private static readonly CurrentStaff Admin = new(Guid.NewGuid(), "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });

    [Fact]
    public async Task TheTargetDefaultsToNinetyPercentAndAChangedTargetDrivesTheRagStatus()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();
        Assert.Equal((90m, (Guid?)null), await settings.GetTargetAsync());

        await settings.SetTargetAsync(75, null, Admin);

        var report = await database.Get<KpiQuery>().GetAsync(new KpiFilter(KpiWorld.Q2), Admin);
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
        await settings.SetTargetAsync(85, null, Admin);
        var (_, seen) = await settings.GetTargetAsync();

        await Assert.ThrowsAsync<DomainException>(() => settings.SetTargetAsync(0, seen, Admin));
        await settings.SetTargetAsync(80, seen, Admin);
        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() => settings.SetTargetAsync(95, seen, Admin));

        Assert.Contains("changed by someone else", stale.Message);
        Assert.Equal(80m, (await settings.GetTargetAsync()).TargetPercent);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => settings.SetTargetAsync(70, null, new CurrentStaff(Guid.NewGuid(), "Sarah Mitchell", new HashSet<StaffRole> { StaffRole.TeamLeader })));
    }

    [Fact]
    public async Task HomesAreEnteredOncePerYearAndCorrectedAtTheVersionSeen()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();

        await settings.SetHomesAsync(2026, 4100, null, Admin);
        await Assert.ThrowsAsync<DomainException>(() => settings.SetHomesAsync(2026, 4200, null, Admin));
        await Assert.ThrowsAsync<DomainException>(() => settings.SetHomesAsync(2025, 0, null, Admin));
        var row = Assert.Single(await settings.ListHomesAsync());
        await settings.SetHomesAsync(2026, 4150, row.Version, Admin);

        Assert.Equal(("2026/27", 4150), ((await settings.ListHomesAsync())[0].YearLabel, (await settings.ListHomesAsync())[0].Homes));
        await Assert.ThrowsAsync<ConcurrencyException>(() => settings.SetHomesAsync(2026, 4000, row.Version, Admin));
    }
}
