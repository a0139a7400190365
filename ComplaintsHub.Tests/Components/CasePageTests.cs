using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CasePageComponent : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Dictionary<string, CurrentStaff> _staff = null!;
    private ContactLogResult _case = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        _case = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id,
            ReceivedDate = TestToday.Date.AddDays(-4).ToDateTime(TimeOnly.MinValue),
            Description = "Assisted collection missed again.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123", ReasonableAdjustments = "Hard of hearing: use email.", RepresentativeName = "Citizens Advice" },
        }, _staff["Tom Bennett"]);
        AddCasePageServices(_database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<CasePage> Open(string person)
    {
        SignIn(_staff[person].StaffUserId, person, _staff[person].Roles.ToArray());
        return Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _case.Reference!)).FindComponent<CasePage>();
    }

    [Fact]
    public void ReasonableAdjustmentsAndTheRepresentativeAreShownProminently()
    {
        var page = Open("David Okafor");

        page.WaitForAssertion(() => Assert.Contains("Hard of hearing: use email.", page.Find("[data-testid=reasonable-adjustments]").TextContent));
        Assert.Contains("No consent to share recorded: do not discuss the case with them.", page.Find("[data-testid=representative]").TextContent);
    }

    [Fact]
    public void AnOfficerIsNotOfferedWhatTheirRoleDoesNotAllow()
    {
        var page = Open("Tom Bennett");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        var offered = page.FindAll("[data-testid=case-actions] button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Acknowledge", "Withdraw", "Add a note", "Log a call", "Raise a risk flag"], offered);
    }

    [Fact]
    public async Task SomeoneElsesChangeMeanwhileIsReportedAndNothingIsOverwritten()
    {
        var page = Open("David Okafor");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Acknowledge").Click();
        var current = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Tom Bennett"])).Case;
        await _database.Get<CaseActions>().ApplyAsync(current.Id, current.Version, new WithdrawCommand("Sorted out by phone."), _staff["Tom Bennett"]);

        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("This case was changed by Tom Bennett at", page.Find("[data-testid=action-error]").TextContent.Trim()));
        var stored = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Mark Ellis"])).Case;
        Assert.Equal(CaseStatus.Withdrawn, stored.Status);
    }

    [Fact]
    public async Task EachOfferedActionOpensItsOwnFormAndCancelChangesNothing()
    {
        var before = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Mark Ellis"])).Case.Version;
        var page = Open("Mark Ellis");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        var offered = page.FindAll("[data-testid=case-actions] button").Select(b => b.TextContent.Trim()).ToList();

        foreach (var label in offered)
        {
            page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == label).Click();
            page.WaitForAssertion(() => Assert.Equal(label, page.Find("[data-testid=case-actions] strong").TextContent.Trim()));
            Assert.Single(page.FindAll("[data-testid=confirm-action]"));
            page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Cancel").Click();
            page.WaitForAssertion(() => Assert.Equal(offered, page.FindAll("[data-testid=case-actions] button").Select(b => b.TextContent.Trim())));
        }

        Assert.Equal(["Allocate", "Acknowledge", "Withdraw", "Add a note", "Log a call", "Correct date received", "Raise a risk flag", "Place a legal hold"], offered);
        Assert.Equal(before, Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Mark Ellis"])).Case.Version);
    }

    [Fact]
    public async Task TheComplaintsTeamPlacesALegalHoldWithItsReasonAndTheCaseSaysItIsHeld()
    {
        var page = Open("Mark Ellis");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Place a legal hold").Click();
        page.Find("[data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Contains("Give the reason", page.Find("[data-testid=legal-hold-reason]").Closest(".mud-input-control")!.TextContent));

        page.Find("[data-testid=legal-hold-reason]").Input("Claim against the council for the damaged fence.");
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Contains("Claim against the council for the damaged fence.", page.Find("[data-testid=case-legal-hold]").TextContent));
        Assert.Contains("Lift the legal hold", page.FindAll("[data-testid=case-actions] button").Select(b => b.TextContent.Trim()));
        var held = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Mark Ellis"])).Case;
        Assert.Equal("Claim against the council for the damaged fence.", held.LegalHold!.Value.Reason);
    }

    [Fact]
    public void AnExtensionWithoutAReasonIsRefusedWithTheRuleNextToTheForm()
    {
        var page = Open("David Okafor");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Acknowledge").Click();
        page.Find("[data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Contains("Extend", page.FindAll("[data-testid=case-actions] button").Select(b => b.TextContent.Trim())));

        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Extend").Click();
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Equal("Give the reason for the extension: the complainant must be told it.", page.Find("[data-testid=action-error]").TextContent.Trim()));
    }
}

/// <summary>Renders a page inside the cascading authentication state, as the router would.</summary>
public sealed class CascadingAuthenticationStateHost<TPage> : ComponentBase where TPage : IComponent
{
    [Parameter] public string Reference { get; set; } = "";

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
    {
        builder.OpenComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState>(0);
        builder.AddAttribute(1, "ChildContent", (RenderFragment)(inner =>
        {
            inner.OpenComponent<TPage>(2);
            inner.AddAttribute(3, "Reference", Reference);
            inner.CloseComponent();
        }));
        builder.CloseComponent();
    }
}
