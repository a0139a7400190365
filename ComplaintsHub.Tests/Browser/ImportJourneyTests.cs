using System.Text;
using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public partial class ImportJourney(BrowserFixture browser)
{
    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "old-complaints.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", ["Reference,Date received,Service area,Description,Channel", .. rows]) + "\r\n"),
    };

    /// <summary>As a person does it: the button opens the browser's file chooser, and the file is picked there.</summary>
    private static async Task ChooseAsync(IPage page, string button, FilePayload file)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        await chooser.SetFilesAsync(file);
    }

    [Fact]
    public async Task TheComplaintsTeamChecksABrokenFileImportsNothingThenImportsTheFixedFileAndOpensACaseByItsOldReference()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.ComplaintsAdmin}" }).ClickAsync();
        await page.GotoAsync("/admin/import");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var before = await db.Complaints.CountAsync();

        // Row 4 was received on a day that has not come yet.
        await ChooseAsync(page, "Choose a file", Csv(
            "OLD-1,2026-10-01,WST,Bins missed twice,Phone",
            "OLD-2,02/10/2026,Bins,Garden waste not collected,Email",
            "OLD-3,2026-12-25,WST,Bin not returned,Letter"));
        await Assertions.Expect(page.GetByTestId("file-summary")).ToContainTextAsync("old-complaints.csv: 3 rows under 5 column headings");
        await page.Locator("[data-theirs='Bins']").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Waste & Recycling", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        // The choice has reached the server before the check reads the mapping.
        await Assertions.Expect(page.Locator("[data-theirs='Bins']")).ToHaveTextAsync("Waste & Recycling");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("check-problems")).ToContainTextAsync("Nothing has been imported");
        var problem = page.GetByTestId("import-problem");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        await Assertions.Expect(problem.Locator("td")).ToHaveTextAsync(["4", "Date received", "Date received 25/12/2026 is in the future."]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" })).ToBeDisabledAsync();
        Assert.Equal(before, await db.Complaints.CountAsync());

        await ChooseAsync(page, "Choose another file", Csv(
            "OLD-1,2026-10-01,WST,Bins missed twice,Phone",
            "OLD-2,02/10/2026,Bins,Garden waste not collected,Email",
            "OLD-3,2026-10-05,WST,Bin not returned,Letter"));
        await Assertions.Expect(page.GetByTestId("check-problems")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("check-clean")).ToContainTextAsync("No problems in 3 rows. Nothing has been imported yet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("3 cases imported; 0 rows were imported before and left alone.", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check the file" })).ToBeEnabledAsync();
        Assert.Equal(before + 3, await db.Complaints.CountAsync());
        var reference = await db.Complaints.Where(c => c.ImportedReference == "OLD-1").Select(c => c.Reference).SingleAsync();

        await page.GetByTestId("find-imported").ClickAsync();
        var row = page.GetByTestId("case-list").Locator("a.case-reference");
        await Assertions.Expect(row).ToHaveTextAsync([reference]);
        await row.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/cases/{reference}$"));
        await Assertions.Expect(page.GetByText("Imported from old-complaints.csv, row 2, where its reference was OLD-1.")).ToBeVisibleAsync();
    }
}
