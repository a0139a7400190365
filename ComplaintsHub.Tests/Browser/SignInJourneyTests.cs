using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SignInJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AnOfficerSignsInThroughTheDevelopmentPageAndSeesTheirOpenCases()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var expected = await OpenCaseReferencesAsync(factory, DemoStaff.Officer);
        var page = await browser.NewPageAsync(baseUrl);

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/dev-signin"));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.Officer}" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(DemoStaff.Officer);
        var rows = page.GetByTestId("my-cases").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(expected.Count);
        foreach (var reference in expected)
        {
            await Assertions.Expect(page.GetByText(reference, new() { Exact = true })).ToBeVisibleAsync();
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "complaintshub-my-work.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SwitchingAnOfficerOffSendsTheirOpenPageBackToSignInWithoutARestart()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Session:RevalidationInterval"] = "00:00:02" });
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Tom Bennett" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(page);

        await SessionLifetime.SwitchOffAsync(factory, "Tom Bennett");

        // No click, no reload: the open circuit revalidates, finds the access switched off, and leaves.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/dev-signin"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Tom Bennett" })).ToHaveCountAsync(0);
    }

    /// <summary>Prerendered HTML looks finished before the live connection exists; wait for the live page.</summary>
    internal static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator(".mud-layout[data-interactive=true]")).ToHaveCountAsync(1);

    private static async Task<List<string>> OpenCaseReferencesAsync(ComplaintsHubFactory factory, string officer)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var references = await db.Complaints
            .Where(c => c.AllocatedOfficer!.DisplayName == officer && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn)
            .Select(c => c.Reference).ToListAsync();
        Assert.NotEmpty(references);
        return references;
    }
}

[CollectionDefinition(Name)]
public class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
