using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseListSearchResults : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CurrentStaff _leader = null!;
    private ContactLogResult _case = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        _leader = staff["Sarah Mitchell"];
        _case = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Housing")).Id,
            ReceivedDate = TestToday.Date.AddDays(-2).ToDateTime(TimeOnly.MinValue),
            Description = "Pasted from a web form: <script>alert('quinceberry')</script> <b>still leaking</b>",
            Complainant = new ComplainantForm { FirstName = "Amira", LastName = "Haddad", Phone = "07700 900456" },
        }, staff["Priya Shah"]);
        Services.AddSingleton(_database.Get<CaseListQuery>());
        Services.AddSingleton(_database.Get<CaseActions>());
        Services.AddSingleton(_database.Get<AssignableStaffQuery>());
        Services.AddSingleton(_database.Get<ContactLogging>());
        Services.AddSingleton(_database.Get<StaffDirectory>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(_leader.StaffUserId, "Sarah Mitchell", _leader.Roles.ToArray());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void ADescriptionThatLooksLikeHtmlShowsAsTextWithTheSearchedWordMarked()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?search=quinceberry");
        var page = Render<CascadingAuthenticationState>(p => p.AddChildContent<CaseList>());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=case-match]")), TimeSpan.FromSeconds(10));
        var match = page.Find("[data-testid=case-match]");
        Assert.Empty(match.QuerySelectorAll("script, b"));
        Assert.Equal("quinceberry", match.QuerySelector("mark")!.TextContent);
        Assert.Contains("<script>alert('", match.TextContent, StringComparison.Ordinal);
        Assert.Equal(_case.Reference, page.Find(".case-reference").TextContent.Trim());
    }
}
