using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class HazardTimescalesPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CurrentStaff _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<FirstStartDefaults>().EnsureAsync();
        var admin = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        _admin = new CurrentStaff(admin.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        Services.AddSingleton(_database.Get<HazardTimescaleSettings>());
        SignIn(admin.StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void TheRegulationsTimescalesAreThereFromTheFirstStart()
    {
        var page = RenderSignedIn<HazardTimescales>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=hazard-timescale]").Count));
        Assert.Contains("24 hours", page.FindAll("[data-testid=hazard-timescale]")[0].TextContent);
        Assert.Contains("10 working days", page.FindAll("[data-testid=hazard-timescale]")[1].TextContent);
    }

    [Fact]
    public async Task ACountOutsideItsRangeIsRefusedNextToTheFieldAndAGoodOneIsSavedWithWhoChangedIt()
    {
        var page = RenderSignedIn<HazardTimescales>();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=hazard-timescale]").Count));
        page.FindAll("[data-testid=hazard-timescale]")[1].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Change").Click();

        page.Find("[data-testid=timescale-count] input, input[data-testid=timescale-count]").Change("0");
        page.Find("[data-testid=timescale-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("A timescale in working days must be from 1 to 100.", page.Markup));
        Assert.Equal(10, (await _database.Get<HazardTimescaleSettings>().ListAsync(_admin)).Single(t => t is { Severity: HazardSeverity.Significant, Order: 1 }).Count);

        page.Find("[data-testid=timescale-count] input, input[data-testid=timescale-count]").Change("8");
        page.Find("[data-testid=timescale-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("8 working days", page.FindAll("[data-testid=hazard-timescale]")[1].TextContent));
        Assert.Contains("Mark Ellis", page.FindAll("[data-testid=hazard-timescale]")[1].TextContent);
    }
}
