using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Components.Pages.Improvement;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ComplaintsHub.Tests.Components;

/// <summary>A Waste complaint logged by Tom Bennett four days before the test day, and the Waste managers who raise improvement actions from it.</summary>
public class ImprovementActionScreens : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Dictionary<string, CurrentStaff> _staff = null!;
    private string _reference = "";
    private int _caseId;
    private int _waste;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        _waste = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id;
        var logged = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = _waste,
            ReceivedDate = TestToday.Date.AddDays(-4).ToDateTime(TimeOnly.MinValue),
            Description = "Assisted collection missed again.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, _staff["Tom Bennett"]);
        (_reference, _caseId) = (logged.Reference!, logged.ComplaintId!.Value);
        AddCasePageServices(_database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<CasePage> OpenCase(string person)
    {
        SignIn(_staff[person].StaffUserId, person, _staff[person].Roles.ToArray());
        return Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _reference)).FindComponent<CasePage>();
    }

    private async Task<int> RaiseAsync(DateOnly due) =>
        await _database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(
            new ImprovementActionTerms("Missed assisted collections", "Put them on the crews' tablets.", _waste, _staff["Fiona Campbell"].StaffUserId, due), _caseId, []),
            _staff["David Okafor"]);

    private static async Task ChooseAsync<T>(IRenderedComponent<IComponent> page, string testId, T value) =>
        await page.InvokeAsync(() => page.FindComponents<MudSelect<T>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId)).Instance.ValueChanged.InvokeAsync(value));

    [Fact]
    public async Task ATeamLeaderRaisesOneFromTheCasePageForItsAreasHeadOfServiceAndLandsOnIt()
    {
        var page = OpenCase("David Okafor");
        page.WaitForElement("[data-testid=case-improvement-actions] [data-testid=raise-improvement]").Click();

        page.Find("[data-testid=raise-theme]").Input("Missed assisted collections");
        page.Find("[data-testid=raise-description]").Input("Put assisted collections on the crews' tablets.");
        await ChooseAsync<Guid?>(page, "raise-owner", _staff["Fiona Campbell"].StaffUserId);
        await page.InvokeAsync(() => page.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2027, 1, 29)));
        page.Find("[data-testid=case-improvement-actions] [data-testid=confirm-action]").Click();

        await using var db = await _database.Factory.CreateDbContextAsync();
        var action = await db.ImprovementActions.Include(a => a.Cases).SingleAsync();
        Assert.Equal(("Missed assisted collections", _waste, _staff["Fiona Campbell"].StaffUserId, new DateOnly(2027, 1, 29)), (action.Theme, action.ServiceAreaId, action.OwnerId, action.DueDate));
        Assert.Equal([_caseId], action.Cases.Select(c => c.ComplaintId));
        Assert.EndsWith($"/improvement-actions/{action.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task RaisingWithoutAThemeSaysSoNextToTheThemeAndSavesNothing()
    {
        var page = OpenCase("David Okafor");
        page.WaitForElement("[data-testid=case-improvement-actions] [data-testid=raise-improvement]").Click();
        page.Find("[data-testid=raise-description]").Input("Put assisted collections on the crews' tablets.");
        await ChooseAsync<Guid?>(page, "raise-owner", _staff["Fiona Campbell"].StaffUserId);
        await page.InvokeAsync(() => page.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2027, 1, 29)));

        page.Find("[data-testid=case-improvement-actions] [data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give the action a theme", page.Find("[data-testid=raise-theme]").Closest(".mud-input-control")!.TextContent));
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.ImprovementActions.CountAsync());
    }

    [Fact]
    public async Task TheCaseShowsTheActionsRaisedFromItToItsManagers()
    {
        await RaiseAsync(new DateOnly(2027, 1, 29));

        var leader = OpenCase("David Okafor");

        leader.WaitForAssertion(() => Assert.Equal("Missed assisted collections", leader.Find("[data-testid=case-improvement-actions] [data-testid=improvement-link]").TextContent));
    }

    [Fact]
    public async Task ItsOfficerDoesNotSeeImprovementActionsOnTheCase()
    {
        await RaiseAsync(new DateOnly(2027, 1, 29));

        var officer = OpenCase("Tom Bennett");

        officer.WaitForElement("[data-testid=case-description]");
        Assert.Empty(officer.FindAll("[data-testid=case-improvement-actions]"));
    }

    [Fact]
    public async Task MarkingDoneWithoutSayingWhatWasDoneIsRefusedNextToTheNoteThenDoneWithItIsOnTheHistory()
    {
        var id = await RaiseAsync(new DateOnly(2027, 1, 29));
        SignIn(_staff["Fiona Campbell"].StaffUserId, "Fiona Campbell", StaffRole.HeadOfService);
        var page = Render<CascadingAuthenticationState>(p => p.AddChildContent<ImprovementActionPage>(c => c.Add(x => x.Id, id)));

        page.WaitForElement("[data-testid=improvement-complete]").Click();
        page.Find("[data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Contains("Say what was done", page.Find("[data-testid=improvement-note]").Closest(".mud-input-control")!.TextContent));
        page.Find("[data-testid=improvement-note]").Input("On the tablets since 1 December.");
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Equal("Done", page.Find("[data-testid=improvement-status]").TextContent.Trim()));
        Assert.Contains("Done: On the tablets since 1 December.", page.Find("[data-testid=improvement-history]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=improvement-changes]"));
    }

    [Fact]
    public async Task TheListMarksAnActionPastItsDueDateOverdue()
    {
        var overdue = await RaiseAsync(new DateOnly(2026, 11, 27));
        var onTime = await RaiseAsync(new DateOnly(2027, 1, 29));
        _database.Clock.Advance(TimeSpan.FromDays(10));
        SignIn(_staff["David Okafor"].StaffUserId, "David Okafor", StaffRole.TeamLeader);

        var page = RenderSignedIn<ImprovementActionsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=improvement-link]").Count));
        var rows = page.FindAll("[data-testid=improvement-rows] tbody tr");
        Assert.Equal(1, rows.Count(r => r.QuerySelector("[data-testid=improvement-overdue]") is not null));
        Assert.Contains($"improvement-actions/{overdue}", rows.Single(r => r.QuerySelector("[data-testid=improvement-overdue]") is not null).InnerHtml);
        Assert.DoesNotContain($"improvement-actions/{onTime}\"", rows.Single(r => r.QuerySelector("[data-testid=improvement-overdue]") is not null).InnerHtml);
    }
}
