using Bunit;
using ComplaintsHub.Components.Pages.Contacts;
using ComplaintsHub.Components.Pages.Home;
using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The home page and the "Log a contact" page of a council that has only just started ComplaintsHub.</summary>
public class BeforeSetUp : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<FirstStartDefaults>().EnsureAsync();
        Services.AddSingleton(_database.Get<SetupChecklistQuery>());
        Services.AddSingleton(_database.Get<MyWorkQuery>());
        Services.AddSingleton(_database.Get<ContactLogging>());
        Services.AddSingleton(_database.Get<Core.Inbox.InboxService>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        Services.AddSingleton<IDraftStore>(new NoDrafts());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TheComplaintsTeamSeesEachStepDoneOrMissingWithALinkToItsPage()
    {
        await SignInNewAsync("Mark Ellis", StaffRole.ComplaintsAdmin);

        var home = RenderSignedIn<Home>();

        home.WaitForElement("[data-testid=setup-checklist]");
        var missing = home.FindAll("[data-testid^=setup-][data-done=false]").Select(e => e.GetAttribute("data-testid")).ToList();
        Assert.Equal(["setup-ServiceAreas", "setup-Officers", "setup-TeamLeaders", "setup-HeadsOfService"], missing);
        Assert.Equal(4, home.FindAll("[data-testid^=setup-][data-done=true]").Count);
        Assert.Equal("admin/council", home.Find("[data-testid=setup-CouncilDetails] a").GetAttribute("href"));
        Assert.Equal("admin/service-areas", home.Find("[data-testid=setup-ServiceAreas] a").GetAttribute("href"));
        Assert.Equal("admin/procedures", home.Find("[data-testid=setup-Procedures] a").GetAttribute("href"));
        Assert.Equal(4, home.FindAll("[data-testid=setup-checklist] a[href='admin/staff']").Count);
        Assert.Equal(["admin/council", "admin/calendar"],
            home.FindAll("[data-testid=setup-checklist] a").Select(a => a.GetAttribute("href")).Where(h => h is "admin/council" or "admin/calendar"));
        Assert.NotEmpty(home.FindAll("[data-testid=setup-checklist] a[href='admin/letters']"));
        Assert.Single(home.FindAll("[data-testid=setup-checklist] a[href='admin/import']"));
    }

    [Fact]
    public async Task AnOfficerIsNotShownTheChecklist()
    {
        await SignInNewAsync("Priya Shah", StaffRole.Officer);

        var home = RenderSignedIn<Home>();

        home.WaitForElement("[data-testid=no-open-cases]");
        Assert.Empty(home.FindAll("[data-testid=setup-checklist]"));
    }

    [Fact]
    public async Task LoggingAContactSaysComplaintsHubIsNotSetUpInsteadOfShowingTheForm()
    {
        await SignInNewAsync("Priya Shah", StaffRole.Officer);

        var page = RenderSignedIn<LogContact>();

        page.WaitForAssertion(() => Assert.Equal("ComplaintsHub is not set up yet: the complaints team must add the service areas first.", page.Find("[data-testid=not-set-up]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=save-contact]"));
        Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") == "admin/service-areas");
    }

    [Fact]
    public async Task TheComplaintsTeamIsOfferedTheWayToAddTheServiceAreasFromLogAContact()
    {
        await SignInNewAsync("Mark Ellis", StaffRole.ComplaintsAdmin);

        var page = RenderSignedIn<LogContact>();

        page.WaitForElement("[data-testid=not-set-up]");
        Assert.Equal("admin/service-areas", page.FindAll("a").Single(a => a.TextContent.Trim() == "Add the service areas").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=save-contact]"));
    }

    [Fact]
    public async Task AreasSwitchedOffWhileTheFormIsOpenAreRefusedOnSaveWithTheSameMessageAndTheFormKept()
    {
        await SignInNewAsync("Priya Shah", StaffRole.Officer);
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            db.ServiceAreas.Add(new ServiceArea("Parking", "PKG", (await db.Procedures.SingleAsync(p => p.Code == "Corporate")).Id));
            await db.SaveChangesAsync();
        }

        var page = RenderSignedIn<LogContact>();
        page.WaitForElement("[data-testid=save-contact]");
        page.Find("[data-testid=description]").Input("Parking machine on Mill Road took my money.");
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            await db.ServiceAreas.ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false));
        }

        page.Find("[data-testid=save-contact]").Click();

        page.WaitForAssertion(() => Assert.Equal(ContactLogging.NotSetUp, page.Find("[data-testid=refusal]").TextContent.Trim()));
        Assert.Equal("Parking machine on Mill Road took my money.", page.Find("[data-testid=description]").GetAttribute("value"));
        await using var after = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await after.Complaints.CountAsync());
    }

    /// <summary>A first sign-in, as Entra would record it; bUnit takes no more services once the renderer is set.</summary>
    private async Task SignInNewAsync(string name, StaffRole role)
    {
        var person = await _database.Get<StaffDirectory>().RecordSignInAsync($"oid-{role}", name, $"{role}@example.org", [role]);
        SignIn(person.StaffUserId, name, role);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private sealed class NoDrafts : IDraftStore
    {
        public Task SaveAsync<T>(string key, T value) => Task.CompletedTask;

        public Task<T?> LoadAsync<T>(string key) where T : class => Task.FromResult<T?>(null);

        public Task DeleteAsync(string key) => Task.CompletedTask;
    }
}

/// <summary>The demo council is set up, so its complaints team is not shown the checklist.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class AfterSetUp : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        Services.AddSingleton(_database.Get<SetupChecklistQuery>());
        Services.AddSingleton(_database.Get<MyWorkQuery>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TheComplaintsTeamOfASetUpCouncilIsNotShownTheChecklist()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        SignIn(admin.Id, admin.DisplayName, StaffRole.ComplaintsAdmin);

        var home = RenderSignedIn<Home>();

        home.WaitForAssertion(() => Assert.NotEmpty(home.FindAll("[data-testid=count-overdue]")));
        Assert.Empty(home.FindAll("[data-testid=setup-checklist]"));
    }
}
