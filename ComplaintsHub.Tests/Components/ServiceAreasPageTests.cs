using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class ServiceAreasPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StaffUser _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, TestToday.HandWorkedNow);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _admin = await db.StaffUsers.AsNoTracking().SingleAsync(s => s.DisplayName == "Mark Ellis");
        Services.AddSingleton(_database.Get<ReferenceDataQuery>());
        Services.AddSingleton(_database.Get<ReferenceDataAdmin>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(_admin.Id, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static string TextAround(IRenderedComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState> page, string testId)
    {
        var field = page.Find($"[data-testid={testId}]");
        return (field.Closest(".mud-input-control") ?? field).TextContent;
    }

    [Fact]
    public async Task AnAreaWithNoNameOrCodeIsRefusedNextToEachFieldAndNothingIsSaved()
    {
        var page = RenderSignedIn<ServiceAreas>();
        page.WaitForAssertion(() => page.Find("[data-testid=areas-table]"));

        page.FindAll("button").Single(b => b.TextContent.Contains("Add a service area")).Click();
        page.Find("[data-testid=area-editor]").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the name of the service area.", TextAround(page, "area-name")));
        Assert.Contains("Enter a short code for lists and exports, e.g. HSG.", TextAround(page, "area-code"));
        Assert.DoesNotContain("Enter the name of the service area.", TextAround(page, "area-code"));
        Assert.Equal(7, (await _database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Count);
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChangeSaysWhoMadeItAboveTheForm()
    {
        var page = RenderSignedIn<ServiceAreas>();
        page.WaitForAssertion(() => page.Find("[data-testid=areas-table]"));
        page.Find("button[aria-label='Edit Parking']").Click();
        var parking = (await _database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Single(a => a.Name == "Parking");
        var other = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin-2", "Nadia Clarke", "nadia@example.org", [StaffRole.ComplaintsAdmin]);
        await _database.Get<ReferenceDataAdmin>().SaveServiceAreaAsync(parking.Id, parking.Version,
            new ServiceAreaForm("Parking Services", parking.Code, parking.DefaultProcedureId, parking.PartnerId),
            new CurrentStaff(other.StaffUserId, "Nadia Clarke", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));

        page.Find("[data-testid=area-editor]").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "The service area Parking Services was changed by Nadia Clarke at 10:00 on 20 November while you had it open. Nothing you entered has been saved: reload the page to see the change, then try again.",
            page.Find("[data-testid=area-editor] [data-testid=form-error]").TextContent.Trim()));
    }
}
