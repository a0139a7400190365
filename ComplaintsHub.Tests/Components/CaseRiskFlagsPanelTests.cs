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
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Components;

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseRiskFlagsOnTheCasePage : ComponentTestContext, IAsyncLifetime
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
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Housing")).Id,
            ReceivedDate = TestToday.Date.AddDays(-2).ToDateTime(TimeOnly.MinValue),
            Description = "Black mould in the bedroom; our four-year-old has asthma.",
            Complainant = new ComplainantForm { FirstName = "Amira", LastName = "Haddad", Phone = "07700 900456" },
        }, _staff["Priya Shah"]);
        AddCasePageServices(_database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task RaiseAsync(RaiseRiskFlagCommand command)
    {
        var current = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Priya Shah"])).Case;
        await _database.Get<CaseActions>().ApplyAsync(current.Id, current.Version, command, _staff["Priya Shah"]);
    }

    private IRenderedComponent<CasePage> Open(string person)
    {
        SignIn(_staff[person].StaffUserId, person, _staff[person].Roles.ToArray());
        return Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _case.Reference!)).FindComponent<CasePage>();
    }

    [Fact]
    public async Task FlagsShowAboveTheCaseWithTheRestrictionAndTheHazardDeadlinesApartFromTheComplaints()
    {
        await RaiseAsync(new RaiseRiskFlagCommand(RiskFlagKind.UnreasonableBehaviour, true, "Contact by email only; single point of contact J Smith.", "Abusive calls."));
        // Aware since Friday 20 November 2026, a day past on every day the suite runs: investigation due ten working days on.
        await RaiseAsync(new RaiseRiskFlagCommand(RiskFlagKind.DampAndMould, false, null, "Photos of black mould.", HazardSeverity.Significant, new DateOnly(2026, 11, 20)));

        var page = Open("Sarah Mitchell");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=risk-flag]").Count));
        Assert.Equal([nameof(RiskFlagKind.DampAndMould), nameof(RiskFlagKind.UnreasonableBehaviour)], page.FindAll("[data-testid=risk-flag]").Select(f => f.GetAttribute("data-kind")));
        Assert.Equal("Contact by email only; single point of contact J Smith.", page.Find("[data-kind=UnreasonableBehaviour] [data-testid=risk-flag-detail]").TextContent.Trim());
        Assert.Equal(4, page.FindAll("[data-testid=hazard-deadline]").Count);
        Assert.Equal("Friday 4 December 2026", page.FindAll("[data-testid=hazard-due]")[0].TextContent.Trim());
        // Above everything: the flags come before the case's description in the page.
        Assert.True(page.Markup.IndexOf("data-testid=\"risk-flags\"", StringComparison.Ordinal) < page.Markup.IndexOf("data-testid=\"case-description\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheContactRestrictionIsShownWhereACallIsLogged()
    {
        await RaiseAsync(new RaiseRiskFlagCommand(RiskFlagKind.UnreasonableBehaviour, true, "Contact by email only; single point of contact J Smith.", "Abusive calls."));
        var page = Open("Priya Shah");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));

        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Log a call").Click();

        page.WaitForAssertion(() => Assert.Contains("Contact by email only; single point of contact J Smith.", page.Find("[data-testid=case-actions] [data-testid=contact-restriction]").TextContent));
    }

    [Fact]
    public async Task AFlagIsRemovedFromBesideItWithAReasonAndStaysInTheRemovedFlags()
    {
        await RaiseAsync(new RaiseRiskFlagCommand(RiskFlagKind.VulnerablePerson, false, "Child with asthma.", "Told us on the call."));
        var page = Open("Sarah Mitchell");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=remove-flag]")));

        page.Find("[data-testid=remove-flag]").Click();
        page.Find("[data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Contains("Give the reason for removing the flag", page.Find("[data-testid=remove-flag-form]").TextContent));
        page.Find("textarea[data-testid=flag-removal-reason]").Input("Family rehoused.");
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=risk-flag]")));
        Assert.Single(page.FindAll("[data-testid=risk-flag-history]"));
        await using var db = await _database.Factory.CreateDbContextAsync();
        var flag = await db.RiskFlags.SingleAsync();
        Assert.Equal(("Sarah Mitchell", "Family rehoused."), (flag.RemovedByName, flag.RemovalReason));
    }
}
