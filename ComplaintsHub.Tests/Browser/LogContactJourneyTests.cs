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
    public async Task AnOfficerLogsAComplaintFromAPhoneCallWithTheKeyboardOnlyAndGetsAReference()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Tom Bennett" }).ClickAsync();
        await page.GotoAsync("/contacts/new");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        // From here on: keys only, moving forward through the form in its tab order.
        await TabToAsync(page, "Find someone on record (surname, postcode, phone or email)");
        await page.Keyboard.TypeAsync("Okonkwo");
        await Assertions.Expect(page.GetByText("No one matches: enter their details below.")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await TabToAsync(page, "First name");
        await page.Keyboard.TypeAsync("Grace");
        await TabToAsync(page, "Surname");
        await page.Keyboard.TypeAsync("Okonkwo");
        await TabToAsync(page, "Phone");
        await page.Keyboard.TypeAsync("07700 900123");
        await TabToAsync(page, "Postcode");
        await page.Keyboard.TypeAsync("ab1 2cd");
        await TabToAsync(page, "Service area");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Waste & Recycling" })).ToBeVisibleAsync();
        await PressUntilAsync(page, "ArrowDown", () => page.GetByRole(AriaRole.Option, new() { Name = "Waste & Recycling" }).GetAttributeAsync("class"), c => c?.Contains("mud-selected-item") == true || c?.Contains("mud-list-item-hilight") == true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Shared-service partner delivering the service (if any)")).ToHaveValueAsync("Greenway Environmental Services");
        await TabToAsync(page, "What happened");
        await page.Keyboard.TypeAsync("Green bin missed three weeks running; crew leave the lid open.");
        await TabToAsync(page, "Save and get a reference");
        await page.Keyboard.PressAsync("Enter");

        var reference = page.GetByTestId("logged-reference");
        await Assertions.Expect(reference).ToHaveTextAsync(new Regex($"^CMP-{TestToday.Date.Year}-[0-9]{{5}}$"));
        var loggedReference = (await reference.TextContentAsync())!.Trim();
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var saved = await db.Complaints.Include(c => c.Complainant).Include(c => c.ServiceArea).SingleAsync(c => c.Reference == loggedReference);
        Assert.Equal(("Grace Okonkwo", "AB1 2CD", Channel.Phone, "Waste & Recycling", PartnerStatus.AwaitingPartner),
            (saved.Complainant!.FullName, saved.Complainant.Postcode, saved.Channel, saved.ServiceArea!.Name, saved.PartnerStatus));
    }

    /// <summary>Presses Tab until the field with this label (or button with this text) has focus; fails if it is never reached.</summary>
    private static async Task TabToAsync(IPage page, string label)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            var focused = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; const c = e.closest('.mud-input-control'); const l = c?.querySelector('label')?.textContent; return (l || e.textContent || '').trim(); }");
            if (focused == label) return;
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"\"{label}\" could not be reached with the Tab key.");
    }

    private static async Task PressUntilAsync(IPage page, string key, Func<Task<string?>> read, Func<string?, bool> done)
    {
        for (var presses = 0; presses < 15 && !done(await read()); presses++) await page.Keyboard.PressAsync(key);
    }
}
