using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class ReportingAdminPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var admin = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        Services.AddSingleton(_database.Get<ReportingSettingsService>());
        SignIn(admin.StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task HomesWithoutANumberAreRefusedNextToTheFieldAndNothingIsSaved()
    {
        var page = RenderSignedIn<ReportingAdmin>();
        page.WaitForElement("[data-testid=homes-year] input, input[data-testid=homes-year]");

        page.Find("[data-testid=homes-year] input, input[data-testid=homes-year]").Change("2026");
        page.FindAll("button").Single(b => b.TextContent.Contains("Add year")).Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the number of homes: from 1 to 500,000.", page.Markup));
        Assert.Empty(await _database.Get<ReportingSettingsService>().ListHomesAsync());
    }

    [Fact]
    public async Task EnteredHomesAreListedForTheirFinancialYear()
    {
        var page = RenderSignedIn<ReportingAdmin>();
        page.WaitForElement("[data-testid=homes-year] input, input[data-testid=homes-year]");

        page.Find("[data-testid=homes-year] input, input[data-testid=homes-year]").Change("2026");
        page.Find("[data-testid=homes-count] input, input[data-testid=homes-count]").Change("4100");
        page.FindAll("button").Single(b => b.TextContent.Contains("Add year")).Click();

        page.WaitForAssertion(() => Assert.Contains("2026/27", page.Find("[data-testid=homes]").TextContent));
        Assert.Equal(4100, Assert.Single(await _database.Get<ReportingSettingsService>().ListHomesAsync()).Homes);
    }

    [Fact]
    public void TheTargetStartsAtNinetyPercent()
    {
        var page = RenderSignedIn<ReportingAdmin>();

        page.WaitForAssertion(() => Assert.Equal("90", page.Find("[data-testid=target] input, input[data-testid=target]").GetAttribute("value")));
    }

    [Fact]
    public async Task TheSpotCheckSampleIsSavedAndAMinimumOfNoneIsRefusedNextToItsField()
    {
        var page = RenderSignedIn<ReportingAdmin>();
        page.WaitForElement("input[data-testid=spot-check-minimum], [data-testid=spot-check-minimum] input");
        var save = () => page.FindAll("button").Single(b => b.TextContent.Contains("Save sample")).Click();

        page.Find("input[data-testid=spot-check-minimum], [data-testid=spot-check-minimum] input").Change("0");
        save();
        page.WaitForAssertion(() => Assert.Contains("Enter a number of cases from 1 to 50.",
            page.Find("input[data-testid=spot-check-minimum], [data-testid=spot-check-minimum] input").Closest(".mud-input-control")!.TextContent));
        Assert.Equal(ReportingSettings.DefaultSpotCheckMinimum, (await _database.Get<ReportingSettingsService>().GetSpotCheckSampleAsync()).Minimum);

        page.Find("input[data-testid=spot-check-minimum], [data-testid=spot-check-minimum] input").Change("3");
        page.Find("input[data-testid=spot-check-percent], [data-testid=spot-check-percent] input").Change("12.5");
        save();

        var settings = _database.Get<ReportingSettingsService>();
        // The save runs on the renderer's dispatcher: give it a few seconds to land.
        for (var wait = 0; wait < 50 && (await settings.GetSpotCheckSampleAsync()).Minimum != 3; wait++) await Task.Delay(100);
        var saved = await settings.GetSpotCheckSampleAsync();
        Assert.Equal((3, 12.5m), (saved.Minimum, saved.Percent));
    }
}
