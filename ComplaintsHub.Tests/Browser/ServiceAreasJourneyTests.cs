using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ServiceAreasJourney(BrowserFixture browser)
{
    [Fact]
    public async Task TheComplaintsTeamAddsAnAreaWithItsPartnerAndSwitchesAnotherOffAndTheLogFormFollows()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();
        await page.GotoAsync("/admin/service-areas");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var areas = page.GetByTestId("areas-table");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a service area" }).ClickAsync();
        var editor = page.GetByTestId("area-editor");
        await editor.GetByLabel("Name").FillAsync("Leisure");
        await editor.GetByLabel("Code").FillAsync("LEI");
        await page.GetByTestId("area-procedure").PickAsync("Corporate complaints");
        await page.GetByTestId("area-partner").PickAsync("Greenway Environmental Services");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor).ToHaveCountAsync(0);
        await Assertions.Expect(areas.GetByRole(AriaRole.Row).Filter(new() { HasText = "Leisure" })).ToContainTextAsync("Greenway Environmental Services");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Parking" }).ClickAsync();
        await editor.Locator("input[type=checkbox]").UncheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(areas.GetByRole(AriaRole.Row).Filter(new() { HasText = "Parking" })).ToContainTextAsync("Switched off");

        var choices = await factory.Get<ContactLogging>().ChoicesAsync();
        Assert.Equal("Greenway Environmental Services", Assert.Single(choices.Areas, a => a.Name == "Leisure").SharedServicePartner);
        Assert.DoesNotContain(choices.Areas, a => a.Name == "Parking");
    }
}
