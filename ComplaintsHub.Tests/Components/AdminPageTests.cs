using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintsHub.Tests.Components;

public class AdminPages : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StaffSignIn _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _admin = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        Services.AddSingleton(_database.Get<CalendarService>());
        Services.AddSingleton(_database.Get<StaffDirectory>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(_admin.StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AddingSomeoneBeforeTheirFirstSignInSaysWhatIsWrongNextToTheFieldThenListsThemAwaitingTheirRoles()
    {
        var page = RenderSignedIn<StaffAccess>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=add-staff-confirm]")));

        page.Find("[data-testid=staff-sign-in-name] input, input[data-testid=staff-sign-in-name]").Input("jane at ashbury");
        page.Find("[data-testid=staff-name] input, input[data-testid=staff-name]").Input("Jane Doe");
        page.Find("[data-testid=add-staff-confirm]").Click();
        page.WaitForAssertion(() => Assert.Contains("Enter the sign-in name as name@council.gov.uk", page.Find("[data-testid=add-staff]").TextContent));
        Assert.Single(await _database.Get<StaffDirectory>().ListAsync());

        page.Find("[data-testid=staff-sign-in-name] input, input[data-testid=staff-sign-in-name]").Input("jane.doe@ashbury.gov.uk");
        page.Find("[data-testid=add-staff-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("From Entra ID at first sign-in", page.Find("[data-testid=staff-table]").TextContent));
        Assert.Equal(2, (await _database.Get<StaffDirectory>().ListAsync()).Count);
    }

    [Fact]
    public async Task TheCalendarFormSaysWhatIsMissingNextToEachFieldAndSavesNothing()
    {
        var page = RenderSignedIn<CalendarAdmin>();

        page.FindAll("button").Single(b => b.TextContent.Contains("Add to calendar")).Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the date.", page.Markup));
        Assert.Contains("Describe the day so others know why it is there.", page.Markup);
        Assert.Empty(await _database.Get<CalendarService>().ListAdjustmentsAsync());
    }

    [Fact]
    public async Task AddingAClosureDayListsItAndTakesItOutOfTheWorkingDays()
    {
        var page = RenderSignedIn<CalendarAdmin>();

        page.Find("input[inputmode]").Change("24/12/2026");
        page.Find("[data-testid=adjustment-description] input, input[data-testid=adjustment-description]").Input("Christmas Eve closure");
        page.FindAll("button").Single(b => b.TextContent.Contains("Add to calendar")).Click();

        page.WaitForAssertion(() => Assert.Contains("Christmas Eve closure", page.Find("[data-testid=adjustments]").TextContent));
        Assert.False((await _database.Get<CalendarService>().GetAsync()).IsWorkingDay(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public async Task ADuplicateDayIsRefusedNextToTheDate()
    {
        await _database.Get<CalendarService>().AddAdjustmentAsync(new DateOnly(2026, 12, 24), CalendarAdjustmentKind.Closure, "Christmas Eve closure",
            new CurrentStaff(_admin.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));
        var page = RenderSignedIn<CalendarAdmin>();

        page.Find("input[inputmode]").Change("24/12/2026");
        page.Find("[data-testid=adjustment-description] input, input[data-testid=adjustment-description]").Input("Again");
        page.FindAll("button").Single(b => b.TextContent.Contains("Add to calendar")).Click();

        page.WaitForAssertion(() => Assert.Contains("24 December 2026 is already in the calendar as a closure day.", page.Markup));
        Assert.Single(await _database.Get<CalendarService>().ListAdjustmentsAsync());
    }

    [Fact]
    public async Task UploadingGovUkBankHolidaysUpdatesTheCalendarAndSaysWhatChanged()
    {
        var page = RenderSignedIn<CalendarAdmin>();

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText(Domain.GovUkBankHolidayImport.Sample2022, "bank-holidays.json"));

        var snackbar = Services.GetRequiredService<ISnackbar>();
        page.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars,
            s => s.Message == "Imported: 3 days added, 1 standard days marked as worked, 0 earlier changes undone."));
        Assert.Equal(4, (await _database.Get<CalendarService>().ListAdjustmentsAsync()).Count);
    }

    [Fact]
    public void UploadingSomethingElseSaysWhyNextToTheUpload()
    {
        var page = RenderSignedIn<CalendarAdmin>();

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText("{ \"scotland\": { \"events\": [] } }", "bank-holidays.json"));

        page.WaitForAssertion(() => Assert.Equal("The file has no \"england-and-wales\" section with \"events\": is it GOV.UK's bank-holidays.json?",
            page.Find("[data-testid=import-error]").TextContent.Trim()));
    }

    [Fact]
    public async Task SwitchingSomeoneOffOnTheStaffPageSavesItAndShowsOff()
    {
        var officer = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-officer", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        var page = RenderSignedIn<StaffAccess>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=staff-table] tbody tr").Count));

        var row = page.FindAll("[data-testid=staff-table] tbody tr").Single(r => r.TextContent.Contains("Priya Shah"));
        row.QuerySelector("input[type=checkbox]")!.Change(false);

        page.WaitForAssertion(() => Assert.Contains("Off", page.FindAll("[data-testid=staff-table] tbody tr").Single(r => r.TextContent.Contains("Priya Shah")).TextContent));
        Assert.False(await _database.Get<StaffDirectory>().IsActiveAsync(officer.StaffUserId));
    }

    [Fact]
    public async Task SwitchingYourselfOffIsRefusedWithAMessage()
    {
        var page = RenderSignedIn<StaffAccess>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=staff-table] tbody tr")));

        page.Find("[data-testid=staff-table] tbody tr input[type=checkbox]").Change(false);

        var snackbar = Services.GetRequiredService<ISnackbar>();
        page.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Message == "You cannot switch off your own access."));
        Assert.True(await _database.Get<StaffDirectory>().IsActiveAsync(_admin.StaffUserId));
    }
}
