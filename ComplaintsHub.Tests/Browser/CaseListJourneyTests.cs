using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseListJourney(BrowserFixture browser)
{
    [Fact]
    public async Task ATeamLeaderFiltersTheUnallocatedQueueByAreaAndAllocatesSeveralCasesAtOnce()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        int areaId, allocationsBefore;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            areaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id;
            allocationsBefore = await AllocationsByDavidToTomAsync(db);
        }

        await Stage1Journey.LogComplaintAsync(factory);
        await Stage1Journey.LogComplaintAsync(factory);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as David Okafor" }).ClickAsync();
        await page.GotoAsync($"/cases?unallocated=true&area={areaId}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unallocated cases" })).ToBeVisibleAsync();
        // Case rows only: once the queue is empty the table's one row says "No cases match these filters".
        var rows = page.GetByTestId("case-list").Locator("tbody tr:has(a.case-reference)");
        await Assertions.Expect(rows.First).ToContainTextAsync("Waste & Recycling");
        var before = await rows.CountAsync();
        Assert.True(before >= 2);

        await rows.Nth(0).Locator("input[type=checkbox]").CheckAsync();
        await rows.Nth(1).Locator("input[type=checkbox]").CheckAsync();
        await Assertions.Expect(page.GetByTestId("bulk-allocate")).ToContainTextAsync("2 selected");
        await page.GetByTestId("bulk-allocate").GetByRole(AriaRole.Combobox).PickAsync(new Regex("^Tom Bennett"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate selected" }).ClickAsync();

        await Assertions.Expect(page.GetByText("2 cases allocated.")).ToBeVisibleAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(before - 2);
        await using var check = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        Assert.Equal(allocationsBefore + 2, await AllocationsByDavidToTomAsync(check));
    }

    private static Task<int> AllocationsByDavidToTomAsync(ComplaintsDbContext db) =>
        db.TimelineEvents.CountAsync(t => t.Type == TimelineEventType.Allocated && t.ActorName == "David Okafor" && t.Summary == "Allocated to Tom Bennett.");

    [Fact]
    public async Task FiltersLiveInTheAddressAndSearchFindsACaseByReference()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();
        await page.GotoAsync("/cases?due=week");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Due this week or overdue" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("case-list").Locator("tbody tr").First.Locator("[data-due-status]")).ToBeVisibleAsync();

        await page.GetByTestId("case-search").FillAsync(reference);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"search={reference}"));
        await Assertions.Expect(page.GetByTestId("case-list").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = reference })).ToBeVisibleAsync();

        var tom = (await factory.Get<Core.Services.StaffDirectory>().ListAsync()).Single(s => s.DisplayName == "Tom Bennett").Id;
        await page.GotoAsync($"/cases?officer={tom}&status=open&sort=oldest");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var officers = page.GetByTestId("case-list").Locator("tbody tr td[data-label=Officer]");
        await Assertions.Expect(officers.First).ToHaveTextAsync("Tom Bennett");
        Assert.All(await officers.AllTextContentsAsync(), text => Assert.Equal("Tom Bennett", text.Trim()));
    }

    [Fact]
    public async Task TypingMouldFindsTheDampAndMouldCasesWithTheWordMarked()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        List<string> mouldCases;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            var notes = db.TimelineEvents.Where(t => (t.Type == TimelineEventType.NoteAdded || t.Type == TimelineEventType.CallLogged) && t.Summary.ToLower().Contains("mould"));
            mouldCases = await db.Complaints
                .Where(c => (c.Subject != null && c.Subject.Name == "Damp and mould") || c.Description.ToLower().Contains("mould")
                    || (c.DesiredOutcome != null && c.DesiredOutcome.ToLower().Contains("mould")) || notes.Any(t => t.ComplaintId == c.Id))
                .Select(c => c.Reference).ToListAsync();
        }

        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();
        await page.GotoAsync("/cases");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        await page.GetByTestId("case-search").FillAsync("mould");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("search=mould"));
        var rows = page.GetByTestId("case-list").Locator("tbody tr:has(a.case-reference)");
        // Every row of the found list says where it matched (the list before the search has no such line).
        await Assertions.Expect(rows.Locator("[data-testid=case-match]")).ToHaveCountAsync(Math.Min(25, mouldCases.Count));
        await Assertions.Expect(rows).ToHaveCountAsync(Math.Min(25, mouldCases.Count));
        Assert.NotEmpty(mouldCases);
        foreach (var reference in await rows.Locator("a.case-reference").AllTextContentsAsync()) Assert.Contains(reference.Trim(), mouldCases);
        var marks = await rows.Locator("[data-testid=case-match] mark").AllTextContentsAsync();
        Assert.Equal(Math.Min(25, mouldCases.Count), await rows.Locator("[data-testid=case-match]:has(mark)").CountAsync());
        Assert.All(marks, m => Assert.StartsWith("mould", m, StringComparison.OrdinalIgnoreCase));
    }
}
