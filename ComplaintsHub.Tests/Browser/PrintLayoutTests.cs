using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>What comes out of the printer (print.css): the page's content, full width, without the menu, the bars or the buttons.</summary>
[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class PrintLayout(BrowserFixture browser)
{
    /// <summary>Counts of what is drawn, and where: buttons, the app bar, the menu, inputs, the heading's left edge, then the widths of the page and of the element given.</summary>
    private const string Measure =
        """
        selector => {
            const drawn = e => e !== null && e.getClientRects().length > 0;
            const count = s => [...document.querySelectorAll(s)].filter(drawn).length;
            const heading = document.querySelector('h1');
            return [count('button, .mud-button-root'), count('.mud-appbar'), count('.mud-drawer'), count('input:not([type=hidden]), textarea'),
                drawn(heading) ? heading.getBoundingClientRect().left : -1,
                document.documentElement.clientWidth, document.querySelector(selector).getBoundingClientRect().width];
        }
        """;

    [Fact]
    public async Task APrintedCaseIsTheCaseAloneAcrossTheWholeSheet()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        await SignInAsync(page, "Mark Ellis");
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("case-letters")).ToBeVisibleAsync();
        var onScreen = await page.EvaluateAsync<double[]>(Measure, "[data-testid=case-letters]");
        Assert.True(onScreen[0] > 0 && onScreen[1] == 1 && onScreen[2] == 1, $"the screen should have buttons, the bar and the menu ({string.Join(", ", onScreen)})");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.EvaluateAsync<double[]>(Measure, "[data-testid=case-letters]");

        // No buttons, bar, menu or fields (writing a letter, adding a file); the heading at the sheet's left edge; the
        // letters card (a third of the screen's width beside the case) across the whole sheet.
        Assert.Equal((0, 0, 0, 0), (printed[0], printed[1], printed[2], printed[3]));
        Assert.InRange(printed[4], 0, 1);
        Assert.InRange(printed[6], printed[5] - 1, printed[5]);
    }

    [Fact]
    public async Task APrintedLetterDraftIsTheLetterAlone()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        var staff = (await factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == "Mark Ellis");
        var draftId = await factory.Get<LetterService>().CreateDraftAsync(reference, LetterType.Acknowledgement, null, new CurrentStaff(staff.Id, staff.DisplayName, staff.Roles.ToHashSet()));
        await SignInAsync(page, "Mark Ellis");
        await page.GotoAsync($"/letters/drafts/{draftId}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync(reference);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.EvaluateAsync<double[]>(Measure, "[data-testid=letter-preview]");

        // No buttons, bars, menu, fields or page heading: the letter, across the sheet.
        Assert.Equal((0, 0, 0, 0, -1), (printed[0], printed[1], printed[2], printed[3], printed[4]));
        Assert.InRange(printed[6], printed[5] - 1, printed[5]);
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync(reference);
    }

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {name}" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/dev-signin"));
    }
}
