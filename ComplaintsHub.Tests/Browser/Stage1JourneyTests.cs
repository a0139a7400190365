using System.Text.RegularExpressions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class Stage1Journey(BrowserFixture browser)
{
    [Fact]
    public async Task ATeamLeaderAllocatesAcknowledgesExtendsAnswersAndClosesStage1()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await LogComplaintAsync(factory);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as David Okafor" }).ClickAsync();
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var timeline = page.GetByTestId("timeline-entry");
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Stage 1: Received");

        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await page.GetByTestId("allocate-to").PickAsync(new Regex("^Tom Bennett"));
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("allocated-to")).ToHaveTextAsync("Allocated to Tom Bennett");
        await Assertions.Expect(timeline.First).ToHaveTextAsync("Allocated to Tom Bennett.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Stage 1: Acknowledged");
        await Assertions.Expect(timeline.First).ToContainTextAsync("Stage 1 acknowledged; response due");

        await page.GetByRole(AriaRole.Button, new() { Name = "Extend" }).ClickAsync();
        await page.GetByLabel("Extend by (working days)").FillAsync("5");
        await page.GetByLabel("Reason (the complainant is told this)").FillAsync("Waiting for the crew's records.");
        await ConfirmAsync(page);
        await Assertions.Expect(timeline.First).ToContainTextAsync("Stage 1 extended by 5 working days to");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        await page.GetByTestId("response-outcome").PickAsync("Partly upheld");
        await page.GetByLabel("Remedy (apology, action taken)").FillAsync("Apology; collections restored.");
        await page.GetByLabel("Financial redress (£)").FillAsync("25");
        await page.GetByLabel("Root cause").FillAsync("Round change not passed to crews.");
        await page.GetByLabel("Lesson learnt").FillAsync("Assisted list checked at every round change.");
        await ConfirmAsync(page);
        await Assertions.Expect(timeline.First).ToHaveTextAsync("Stage 1 response sent: partly upheld.");
        await Assertions.Expect(page.GetByTestId("stage-1")).ToContainTextAsync("financial redress £25.00");

        await page.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Closed (partly upheld)");
        await Assertions.Expect(timeline.First).ToHaveTextAsync("Closed at Stage 1: partly upheld.");
        await Assertions.Expect(timeline).ToHaveCountAsync(6);
    }

    private static async Task ConfirmAsync(IPage page)
    {
        await page.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-action")).ToHaveCountAsync(0);
    }

    internal static async Task<string> LogComplaintAsync(ComplaintsHubFactory factory)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var officer = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == "Tom Bennett");
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling");
        var now = Core.Calendar.UkTime.Now(factory.Clock);
        var result = await factory.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = waste.Id,
            ReceivedDate = now.Date,
            ReceivedTime = new TimeSpan(now.Hour, now.Minute, 0),
            Description = "Assisted collection missed again.",
            Complainant = new ComplainantForm { FirstName = "Grace", LastName = "Okonkwo", Phone = "07700 900123", NeedsLargePrint = true, ReasonableAdjustments = "Large print letters" },
        }, new CurrentStaff(officer.Id, officer.DisplayName, officer.Roles.Select(r => r.Role).ToHashSet()));
        return result.Reference ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
    }
}
