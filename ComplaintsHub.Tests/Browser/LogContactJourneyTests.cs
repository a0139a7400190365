using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class LogContactJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AnOfficerLogsAComplaintWithTheKeyboardOnlyTypingToPickFromEachListAndGetsAReference()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        string category, procedure;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            // The last of each list, so that typing, not the first entry being highlighted already, picks it.
            category = (await db.Categories.Where(c => c.IsActive).Select(c => c.Name).ToListAsync()).Order().Last();
            procedure = (await db.Procedures.Where(p => p.IsActive).Select(p => p.Name).ToListAsync()).Order().Last();
        }

        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Tom Bennett" }).ClickAsync();
        await page.GotoAsync("/contacts/new");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        // From here on: keys only, moving forward through the form in its tab order. Saving the empty form first takes
        // the keyboard back to the first field that needs putting right, on screen.
        await TabToAsync(page, "Save and get a reference");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("3 things need putting right");
        await ExpectFocusOnAsync(page, SearchLabel);
        await Assertions.Expect(page.Locator(":focus")).ToBeInViewportAsync();

        // Typed at speed, without waiting for the search to answer: each word lands in its own field, none back in the
        // search box when its answer comes after the person has moved on.
        await page.Keyboard.TypeAsync("Okonkwo");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("M");
        // Back through the search box and on again at once, as a person checking what they typed does: the box once
        // took the focus back as it caught up (about one time in two), and the rest of the title went into the search.
        for (var round = 1; round <= 6; round++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            await Task.Delay(300);
            Assert.True(await FocusedLabelAsync(page) == "Title", $"round {round}: the focus went back to \"{await FocusedLabelAsync(page)}\"");
        }

        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("rs");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Grace");
        await Task.Delay(1000);
        Assert.Equal("First name", await FocusedLabelAsync(page));
        Assert.Equal(("Okonkwo", "Mrs", "Grace"), (await page.GetByLabel(SearchLabel).InputValueAsync(), await page.GetByLabel("Title").InputValueAsync(), await page.GetByLabel("First name").InputValueAsync()));
        await TabToAsync(page, "Surname");
        await page.Keyboard.TypeAsync("Okonkwo");
        await TabToAsync(page, "Phone");
        await page.Keyboard.TypeAsync("07700 900123");
        await TabToAsync(page, "Postcode");
        await page.Keyboard.TypeAsync("ab1 2cd");
        await TabToAsync(page, "Prefers to be contacted by");
        await TypeToPickAsync(page, "Let", "Letter");
        await TabToAsync(page, "How it came in");
        await TypeToPickAsync(page, "let", "Letter");
        await TabToAsync(page, "Service area");
        await TypeToPickAsync(page, "Was", "Waste & Recycling");
        await Assertions.Expect(page.GetByLabel("Shared-service partner delivering the service (if any)")).ToHaveValueAsync("Greenway Environmental Services");
        await TabToAsync(page, "Subject");
        await TypeToPickAsync(page, "bul", "Bulky waste");
        await TabToAsync(page, "Category");
        await TypeToPickAsync(page, category[..3], category);
        await TabToAsync(page, "Procedure");
        await TypeToPickAsync(page, procedure[..3], procedure);
        await TabToAsync(page, "What happened");
        await page.Keyboard.TypeAsync("Bulky waste collection booked and paid for, never collected.");
        await TabToAsync(page, "Save and get a reference");
        await page.Keyboard.PressAsync("Enter");

        var reference = page.GetByTestId("logged-reference");
        await Assertions.Expect(reference).ToHaveTextAsync(new Regex($"^CMP-{TestToday.Date.Year}-[0-9]{{5}}$"));
        var loggedReference = (await reference.TextContentAsync())!.Trim();
        await using var check = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var saved = await check.Complaints.Include(c => c.Complainant).Include(c => c.ServiceArea).Include(c => c.Subject).Include(c => c.Category).Include(c => c.Procedure)
            .SingleAsync(c => c.Reference == loggedReference);
        Assert.Equal(("Mrs", "Grace Okonkwo", "AB1 2CD", PreferredContactMethod.Letter, Channel.Letter),
            (saved.Complainant!.Title, saved.Complainant.FullName, saved.Complainant.Postcode, saved.Complainant.PreferredContactMethod, saved.Channel));
        Assert.Equal(("Waste & Recycling", "Bulky waste", category, procedure, PartnerStatus.AwaitingPartner),
            (saved.ServiceArea!.Name, saved.Subject!.Name, saved.Category!.Name, saved.Procedure!.Name, saved.PartnerStatus));
    }

    private const string SearchLabel = "Find someone on record (surname, postcode, phone or email)";

    /// <summary>Types the start of a name into the focused list and takes the first match with Enter; the box then shows it.</summary>
    private static async Task TypeToPickAsync(IPage page, string typed, string expected)
    {
        await page.Keyboard.TypeAsync(typed);
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToHaveTextAsync(expected);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(":focus")).ToHaveValueAsync(expected);
    }

    private static async Task ExpectFocusOnAsync(IPage page, string label)
    {
        var focused = "";
        for (var tries = 0; tries < 50 && (focused = await FocusedLabelAsync(page)) != label; tries++) await Task.Delay(100);
        var errors = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.mud-input-error')].map(e => e.className).join(' | ')");
        Assert.True(focused == label, $"the focus is on \"{focused}\", not \"{label}\" (fields in error: {errors})");
    }

    /// <summary>The label of the field with the keyboard focus (without a required field's mark), or a button's text.</summary>
    private static async Task<string> FocusedLabelAsync(IPage page) =>
        (await page.EvaluateAsync<string>(
            "() => { const e = document.activeElement; const c = e.closest('.mud-input-control'); const l = c?.querySelector('label')?.textContent; return (l || e.textContent || '').trim(); }"))
        .TrimEnd('*', ' ');

    /// <summary>Presses Tab until the field with this label (or button with this text) has focus; fails if it is never reached.</summary>
    private static async Task TabToAsync(IPage page, string label)
    {
        // The menu's links come first from the top of the page, so the first field can be some forty presses away.
        var passed = new List<string>();
        for (var presses = 0; presses < 80; presses++)
        {
            var focused = await FocusedLabelAsync(page);
            if (focused == label) return;
            passed.Add(focused);
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"\"{label}\" could not be reached with the Tab key; it passed {string.Join(" → ", passed)}.");
    }
}
