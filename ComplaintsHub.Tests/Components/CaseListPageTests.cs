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
using MudBlazor;
using MudBlazor.Extensions;

namespace ComplaintsHub.Tests.Components;

/// <summary>The case list page (/cases) over a real database, signed in as the complaints team, who see every case.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CasesPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private async Task<TestDatabase> SeededAsync(int days = 200)
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: days);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        Services.AddSingleton(_database.Get<CaseListQuery>());
        Services.AddSingleton(_database.Get<CaseActions>());
        Services.AddSingleton(_database.Get<AssignableStaffQuery>());
        Services.AddSingleton(_database.Get<ContactLogging>());
        Services.AddSingleton(_database.Get<StaffDirectory>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(admin.Id, admin.DisplayName, StaffRole.ComplaintsAdmin);
        return _database;
    }

    private IRenderedComponent<CascadingAuthenticationState> Open(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return RenderSignedIn<CaseList>();
    }

    private static List<string> References(IRenderedComponent<CascadingAuthenticationState> page) =>
        page.FindAll("a.case-reference").Select(a => a.TextContent.Trim()).ToList();

    private static IRenderedComponent<MudSelect<T>> Select<T>(IRenderedComponent<CascadingAuthenticationState> page, string testId) =>
        page.FindComponents<MudSelect<T>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));

    [Fact]
    public async Task WithNothingInTheAddressTheListShowsTheOpenCasesByTheirNextDeadline()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var open = db.Complaints.Where(CaseFilters.Open);
        var openCount = await open.CountAsync();
        var firstOpen = await open.OrderBy(c => c.NextDueDate == null).ThenBy(c => c.NextDueDate).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Take(25).Select(c => c.Reference).ToListAsync();
        var everyCase = await db.Complaints.CountAsync();
        Assert.True(openCount is > 0 and < 1000 && openCount < everyCase, $"the demo data should have some closed cases and fewer than 1,000 open ({openCount} of {everyCase})");

        var page = Open("cases");
        page.WaitForAssertion(() => Assert.Equal(firstOpen, References(page)));

        Assert.Equal($"{openCount:N0} cases", page.Find("[data-testid=case-total]").TextContent.Trim());
        Assert.Equal("open", Select<string>(page, "filter-status").Instance.GetState(x => x.Value));
        var all = Open("cases?status=all");
        all.WaitForAssertion(() => Assert.Equal(everyCase >= 1000 ? "1,000+ cases" : $"{everyCase:N0} cases", all.Find("[data-testid=case-total]").TextContent.Trim()));
    }

    [Fact]
    public async Task SubjectCategoryAndChannelInTheAddressFilterTheListAndShowInTheirControls()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        // A subject, category and channel that some cases share, and that narrow the list below a page.
        var chosen = await db.Complaints.Where(c => c.SubjectId != null && c.CategoryId != null)
            .GroupBy(c => new { Subject = c.SubjectId!.Value, Category = c.CategoryId!.Value, c.Channel })
            .Where(g => g.Count() >= 2 && g.Count() <= 25).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Subject).ThenBy(g => g.Key.Category)
            .Select(g => g.Key).FirstAsync();
        var expected = await db.Complaints.Where(c => c.SubjectId == chosen.Subject && c.CategoryId == chosen.Category && c.Channel == chosen.Channel)
            .Select(c => c.Reference).OrderBy(r => r).ToListAsync();

        var page = Open($"cases?status=all&subject={chosen.Subject}&category={chosen.Category}&channel={chosen.Channel}");

        page.WaitForAssertion(() => Assert.Equal(expected, References(page).Order().ToList()));
        Assert.Equal($"{expected.Count} cases", page.Find("[data-testid=case-total]").TextContent.Trim());
        Assert.Equal(chosen.Subject, Select<int?>(page, "filter-subject").Instance.GetState(x => x.Value));
        Assert.Equal(chosen.Category, Select<int?>(page, "filter-category").Instance.GetState(x => x.Value));
        Assert.Equal(chosen.Channel.ToString(), Select<string>(page, "filter-channel").Instance.GetState(x => x.Value));
        Assert.Empty(page.FindAll("[data-testid=address-ignored]"));
    }

    [Fact]
    public async Task ASubjectCategoryOrChannelTheListCannotUseIsLeftOutAndNamed()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var openCount = await db.Complaints.CountAsync(CaseFilters.Open);
        var areas = await db.ServiceAreas.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var otherAreasSubject = await db.Subjects.Where(s => s.ServiceAreaId != areas[0]).Select(s => s.Id).FirstAsync();

        var page = Open("cases?subject=abc&category=987654&channel=Pigeon");

        page.WaitForAssertion(() => Assert.Equal($"{openCount:N0} cases", page.Find("[data-testid=case-total]").TextContent.Trim()));
        Assert.Equal(3, page.FindAll("[data-testid=address-ignored]").Count);
        Assert.Null(Select<int?>(page, "filter-subject").Instance.GetState(x => x.Value));
        Assert.Null(Select<int?>(page, "filter-category").Instance.GetState(x => x.Value));
        Assert.Null(Select<string>(page, "filter-channel").Instance.GetState(x => x.Value));
        // A subject of another service area than the one chosen is not one of the choices either.
        var wrongArea = Open($"cases?area={areas[0]}&subject={otherAreasSubject}");
        Assert.Single(wrongArea.FindAll("[data-testid=address-ignored]"));
        Assert.Null(Select<int?>(wrongArea, "filter-subject").Instance.GetState(x => x.Value));
    }

    [Fact]
    public async Task ChoosingASubjectCategoryAndChannelPutsEachInTheAddress()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var subject = await db.Subjects.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var category = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Open("cases");

        await page.InvokeAsync(() => Select<int?>(page, "filter-subject").Instance.ValueChanged.InvokeAsync(subject));
        var afterSubject = new Uri(navigation.Uri).Query;
        await page.InvokeAsync(() => Select<int?>(page, "filter-category").Instance.ValueChanged.InvokeAsync(category));
        var afterCategory = new Uri(navigation.Uri).Query;
        await page.InvokeAsync(() => Select<string>(page, "filter-channel").Instance.ValueChanged.InvokeAsync(nameof(Channel.Email)));

        Assert.Equal($"?subject={subject}", afterSubject);
        Assert.Equal($"?subject={subject}&category={category}", afterCategory);
        Assert.Equal($"?subject={subject}&category={category}&channel=Email", new Uri(navigation.Uri).Query);
    }

    [Fact]
    public async Task ChoosingAnotherServiceAreaLetsGoOfASubjectThatAreaDoesNotHave()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var subject = await db.Subjects.OrderBy(s => s.Id).FirstAsync();
        var otherArea = await db.ServiceAreas.Where(a => a.Id != subject.ServiceAreaId).Select(a => a.Id).FirstAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Open($"cases?area={subject.ServiceAreaId}&subject={subject.Id}");
        Assert.Equal(subject.Id, Select<int?>(page, "filter-subject").Instance.GetState(x => x.Value));

        await page.InvokeAsync(() => page.FindComponents<MudSelect<int?>>().Single(s => s.Instance.Label == "Service area").Instance.ValueChanged.InvokeAsync(otherArea));

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query);
        Assert.Equal(otherArea.ToString(), query["area"].ToString());
        Assert.False(query.ContainsKey("subject"));
    }

    [Fact]
    public async Task BeyondAThousandMatchingCasesThePageSaysOneThousandPlus()
    {
        var database = await SeededAsync(days: 730);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var everyCase = await db.Complaints.CountAsync();
            Assert.True(everyCase > CaseListQuery.CountCap, $"two years of demo data should pass the cap ({everyCase} cases)");
        }

        var page = Open("cases?status=all");

        page.WaitForAssertion(() => Assert.Equal("1,000+ cases", page.Find("[data-testid=case-total]").TextContent.Trim()));
        Assert.Equal(25, References(page).Count);
    }

    [Fact]
    public async Task EachRowShowsTheCaseSubjectUnderItsServiceArea()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var firstOpen = await db.Complaints.Where(CaseFilters.Open).OrderBy(c => c.NextDueDate == null).ThenBy(c => c.NextDueDate).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Take(25).Select(c => new { c.Reference, Area = c.ServiceArea!.Name, Subject = c.Subject == null ? null : c.Subject.Name }).ToListAsync();
        Assert.Contains(firstOpen, c => c.Subject is not null);

        var page = Open("cases");
        page.WaitForAssertion(() => Assert.Equal(firstOpen.Select(c => c.Reference), References(page)));

        var shown = page.FindAll("[data-testid=case-list] tbody tr").Select(r => r.QuerySelector("[data-testid=case-subject]")?.TextContent.Trim()).ToList();
        Assert.Equal(firstOpen.Select(c => c.Subject), shown);
    }

    [Fact]
    public async Task BulkAllocationSaysWhyItWaitsUntilAServiceAreaIsChosen()
    {
        var database = await SeededAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var housing = await db.ServiceAreas.SingleAsync(a => a.Name == "Housing");

        var everyArea = Open("cases?unallocated=true");
        everyArea.WaitForAssertion(() => Assert.True(Select<Guid?>(everyArea, "bulk-officer").Instance.Disabled));
        Assert.StartsWith("To allocate in bulk, first choose a service area", everyArea.Find("[data-testid=bulk-allocate-hint]").TextContent.Trim());

        var oneArea = Open($"cases?unallocated=true&area={housing.Id}");
        oneArea.WaitForAssertion(() => Assert.False(Select<Guid?>(oneArea, "bulk-officer").Instance.Disabled));
        Assert.Equal("Tick the cases to allocate, then choose the officer.", oneArea.Find("[data-testid=bulk-allocate-hint]").TextContent.Trim());
    }
}
