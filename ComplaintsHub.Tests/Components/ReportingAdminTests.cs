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
}
