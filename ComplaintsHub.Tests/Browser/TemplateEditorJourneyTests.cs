using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class TemplateEditorJourney(BrowserFixture browser)
{
    [Fact]
    public async Task TheComplaintsTeamIsToldExactlyWhatIsWrongThenSavesANewRevisionWithALivePreview()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();
        await page.GotoAsync("/admin/letters?type=Stage1Response");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("template-revision")).ToHaveTextAsync("Revision 1");
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync("Overall, our decision is that your complaint is partly upheld.");
        var text = page.GetByTestId("template-text");
        var original = await text.InputValueAsync();

        await text.FillAsync(original.Replace(" {{ escalation.how }}", "").Replace("Our decision", "{{ response.verdict }} Our decision"));
        var problems = page.GetByTestId("template-problems");
        await Assertions.Expect(problems).ToBeVisibleAsync(); // the editor checks as you type
        await page.GetByTestId("save-template").ClickAsync();

        await Assertions.Expect(problems).ToContainTextAsync("unknown field \"response.verdict\"");
        await Assertions.Expect(problems).ToContainTextAsync("A Stage 1 response must include the escalation paragraph: add {{ escalation.how }}.");
        await Assertions.Expect(page.GetByTestId("template-revision")).ToHaveTextAsync("Revision 1");

        await text.FillAsync(original.Replace("## Putting things right", "## Putting things right\nWe are sorry for the trouble this caused."));
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync("We are sorry for the trouble this caused.");
        await Assertions.Expect(problems).ToHaveCountAsync(0);
        await page.GetByTestId("save-template").ClickAsync();

        await Assertions.Expect(page.GetByTestId("template-revision")).ToHaveTextAsync("Revision 2");
        await Assertions.Expect(page.GetByTestId("template-problems")).ToHaveCountAsync(0);
        var current = await factory.Get<Core.Letters.LetterService>().CurrentTemplateAsync(LetterType.Stage1Response, null);
        Assert.Contains("We are sorry for the trouble this caused.", current!.Body);
    }

    [Fact]
    public async Task AFieldChosenFromThePickerGoesInAtTheCursorStaysThroughAChangeOfPreviewCaseAndIsSaved()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        string reference;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            reference = await db.Complaints.OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        }

        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();
        await page.GotoAsync("/admin/letters?type=Stage1Response");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var text = page.GetByTestId("template-text");
        var original = await text.InputValueAsync();

        await text.FocusAsync();
        await page.Keyboard.PressAsync("Control+Home");
        // At a person's pace (Playwright otherwise types a key a millisecond): on a loaded machine, keys sent faster than
        // the server answers were lost to the field's re-render ("Re" arrived, "f: " did not).
        await page.Keyboard.TypeAsync("Ref: ", new() { Delay = 80 });
        // As a user pauses before reaching for the picker: the preview shows what was typed once the server has it. On a
        // loaded machine a render of the text half typed could land after the last keystroke and put the cursor at the
        // end, so the cursor is put back after "Ref: " once the text has settled.
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync("Ref:");
        await page.Keyboard.PressAsync("Control+Home");
        for (var i = 0; i < "Ref: ".Length; i++) await page.Keyboard.PressAsync("ArrowRight");
        await page.GetByTestId("field-search").FillAsync("reference");
        await page.Locator("[data-testid=field-pick][data-path='case.reference']").ClickAsync();
        await Assertions.Expect(text).ToHaveValueAsync("Ref: {{ case.reference }}" + original);
        await Assertions.Expect(text).ToBeFocusedAsync(); // the cursor is back in the text, after the field
        await page.Keyboard.TypeAsync(" (please quote it)\n", new() { Delay = 80 });

        await Assertions.Expect(text).ToHaveValueAsync("Ref: {{ case.reference }} (please quote it)\n" + original);
        // The preview follows a pause after the last keystroke, so once it shows the words the server has every key.
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync("(please quote it)");
        await page.GetByTestId("preview-case").FillAsync(reference);
        await page.GetByTestId("preview-case").PressAsync("Tab");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"case={reference}"));
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync($"Ref: {reference} (please quote it)");
        await Assertions.Expect(text).ToHaveValueAsync("Ref: {{ case.reference }} (please quote it)\n" + original);
        await page.GetByTestId("save-template").ClickAsync();

        await Assertions.Expect(page.GetByTestId("template-revision")).ToHaveTextAsync("Revision 2");
        var current = await factory.Get<Core.Letters.LetterService>().CurrentTemplateAsync(LetterType.Stage1Response, null);
        Assert.Equal("Ref: {{ case.reference }} (please quote it)\n" + original, current!.Body);
    }
}
