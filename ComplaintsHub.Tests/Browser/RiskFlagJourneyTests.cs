using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class RiskFlagJourney(BrowserFixture browser)
{
    [Fact]
    public async Task ATeamLeaderFlagsDampAndMouldSeesTheHazardDeadlinesAndFindsTheCaseByItsFlagInTheList()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await LogHousingComplaintAsync(factory);
        var investigateBy = (await factory.Get<CalendarService>().GetAsync()).AddWorkingDays(TestToday.Date, 10);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Sarah Mitchell" }).ClickAsync();
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Raise a risk flag" }).ClickAsync();
        await page.GetByTestId("flag-kind").PickAsync("Damp and mould");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Significant", Exact = true }).CheckAsync();
        await page.GetByTestId("flag-reason").FillAsync("Tenant sent photos of black mould in the child's bedroom.");
        await page.GetByTestId("confirm-action").ClickAsync();

        await Assertions.Expect(page.GetByTestId("risk-flag")).ToHaveAttributeAsync("data-kind", nameof(RiskFlagKind.DampAndMould));
        await Assertions.Expect(page.GetByTestId("hazard-deadline")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("hazard-due").First).ToHaveTextAsync(investigateBy.ToString("dddd d MMMM yyyy"));
        await Assertions.Expect(page.GetByTestId("timeline-entry").First).ToContainTextAsync("Risk flag raised on the case: Damp and mould");

        await page.GotoAsync("/cases?flag=DampAndMould");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var rows = page.GetByTestId("case-list").Locator("tbody tr:has(a.case-reference)");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.Locator("a.case-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(rows.First.Locator($"[data-risk-flag={nameof(RiskFlagKind.DampAndMould)}]")).ToBeVisibleAsync();
        await page.GotoAsync("/cases?flag=SafeguardingConcern");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("no-cases")).ToBeVisibleAsync();
    }

    private static async Task<string> LogHousingComplaintAsync(ComplaintsHubFactory factory)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var officer = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == DemoStaff.Officer);
        var housing = await db.ServiceAreas.SingleAsync(a => a.Name == "Housing");
        var now = Core.Calendar.UkTime.Now(factory.Clock);
        var result = await factory.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = housing.Id,
            ReceivedDate = now.Date,
            ReceivedTime = new TimeSpan(now.Hour, now.Minute, 0),
            Description = "Black mould in the bedroom; our four-year-old has asthma.",
            Complainant = new ComplainantForm { FirstName = "Amira", LastName = "Haddad", Phone = "07700 900456" },
        }, new CurrentStaff(officer.Id, officer.DisplayName, officer.Roles.Select(r => r.Role).ToHashSet()));
        return result.Reference ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
    }
}
