using System.Text.RegularExpressions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>A council with nothing but the first start's defaults sets itself up through the pages and takes its first complaint.</summary>
[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class GoLiveJourney(BrowserFixture browser)
{
    [Fact]
    public async Task TheComplaintsTeamSetsUpAnEmptyCouncilAndAnOfficersFirstComplaintFollowsTheChangedTimescale()
    {
        // Development for the sign-in picker only: demo data stays off, so the database has the first start's defaults and nothing else.
        await using var factory = ComplaintsHubFactory.CreateWithEmptyDatabase("Development");
        var baseUrl = factory.StartKestrel();
        var directory = factory.Get<StaffDirectory>();

        // Entra's first sign-in calls RecordSignInAsync with the token's object id, name, email and app roles; the
        // development picker then signs in as that record with the roles it holds. So each person "arrives" here as
        // Entra would bring them, and the picker stands in for Microsoft's sign-in page.
        await directory.RecordSignInAsync("oid-admin", "Alex Morgan", "alex.morgan@borchester.gov.uk", [StaffRole.ComplaintsAdmin]);
        await directory.RecordSignInAsync("oid-head", "Helen Price", "helen.price@borchester.gov.uk", [StaffRole.HeadOfService]);
        var admin = await SignedInPageAsync(baseUrl, "Alex Morgan");
        await admin.GotoAsync("/");
        await Assertions.Expect(admin.GetByTestId("setup-checklist")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("setup-ServiceAreas")).ToHaveAttributeAsync("data-done", "false");

        await admin.GotoAsync("/admin/council");
        await SignInJourney.WaitUntilInteractiveAsync(admin);
        await admin.GetByLabel("Council name", new() { Exact = true }).FillAsync("Borchester City Council");
        await admin.GetByLabel("Address", new() { Exact = true }).FillAsync("Guildhall, High Street, Borchester BC1 1AA");
        await admin.GetByLabel("Signatory", new() { Exact = true }).FillAsync("Complaints and Information Manager");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Council details saved.")).ToBeVisibleAsync();

        await admin.GotoAsync("/admin/service-areas");
        await SignInJourney.WaitUntilInteractiveAsync(admin);
        await AddAreaAsync(admin, "Parking", "PKG", "Corporate complaints");
        await AddAreaAsync(admin, "Housing Repairs", "HRP", "Housing (landlord) complaints");
        await AddSubjectAsync(admin, "Parking", "Penalty charge notices");
        await AddSubjectAsync(admin, "Housing Repairs", "Damp and mould");

        await admin.GotoAsync("/admin/staff");
        await SignInJourney.WaitUntilInteractiveAsync(admin);
        await AddStaffAsync(admin, "olivia.grant@borchester.gov.uk", "Olivia Grant", "Parking");
        await AddStaffAsync(admin, "tom.reed@borchester.gov.uk", "Tom Reed", "Parking");
        await directory.RecordSignInAsync("oid-olivia", "Olivia Grant", "olivia.grant@borchester.gov.uk", [StaffRole.Officer]);
        await directory.RecordSignInAsync("oid-tom", "Tom Reed", "tom.reed@borchester.gov.uk", [StaffRole.TeamLeader]);

        await admin.GotoAsync("/admin/service-areas");
        await SignInJourney.WaitUntilInteractiveAsync(admin);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Teams" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).ClickAsync();
        var team = admin.GetByTestId("team-editor");
        await team.GetByLabel("Team name").FillAsync("Parking Services");
        await team.Locator(".mud-input-control").Filter(new() { HasText = "Service area" }).PickAsync("Parking");
        await Assertions.Expect(admin.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await team.Locator(".mud-input-control").Filter(new() { HasText = "Team leader" }).PickAsync("Tom Reed");
        await team.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(team).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByTestId("teams-table").GetByRole(AriaRole.Row).Filter(new() { HasText = "Parking Services" })).ToContainTextAsync("Tom Reed");

        await admin.GotoAsync("/admin/procedures");
        await SignInJourney.WaitUntilInteractiveAsync(admin);
        var corporate = admin.GetByTestId("procedure-Corporate");
        await corporate.GetByTestId("stage-1").GetByLabel("Acknowledge within (working days)").FillAsync("2");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Save Corporate complaints" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Corporate complaints saved.")).ToBeVisibleAsync();

        await admin.GotoAsync("/");
        await SignInJourney.WaitUntilInteractiveAsync(admin);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "My work" }).Or(admin.GetByTestId("no-open-cases")).First).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("setup-checklist")).ToHaveCountAsync(0);

        var officer = await SignedInPageAsync(baseUrl, "Olivia Grant");
        await officer.GotoAsync("/contacts/new");
        await SignInJourney.WaitUntilInteractiveAsync(officer);
        await officer.GetByLabel("First name", new() { Exact = true }).FillAsync("Grace");
        await officer.GetByLabel("Surname", new() { Exact = true }).FillAsync("Okonkwo");
        await officer.GetByLabel("Phone", new() { Exact = true }).FillAsync("07700 900123");
        await officer.GetByTestId("service-area").PickAsync("Parking");
        await officer.GetByLabel("What happened", new() { Exact = true }).FillAsync("A penalty charge was issued while the permit was on display.");
        // The description is debounced: leaving the field hands it to the form at once, as a person tabbing on would.
        await officer.Keyboard.PressAsync("Tab");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save and get a reference" }).ClickAsync();
        var reference = officer.GetByTestId("logged-reference");
        await Assertions.Expect(reference).ToHaveTextAsync(new Regex($"^CMP-{TestToday.Date.Year}-[0-9]{{5}}$"));

        await officer.GotoAsync($"/cases/{(await reference.TextContentAsync())!.Trim()}");
        var calendar = await factory.Get<CalendarService>().GetAsync();
        var stage1 = officer.GetByTestId("stage-1");
        await Assertions.Expect(stage1.GetByRole(AriaRole.Row).Filter(new() { HasText = "Acknowledge by" }))
            .ToContainTextAsync(calendar.AddWorkingDays(TestToday.Date, 2).ToString("ddd d MMM yyyy"));
        await Assertions.Expect(stage1.GetByRole(AriaRole.Row).Filter(new() { HasText = "Respond by" })).ToContainTextAsync("set when acknowledged");
        Assert.NotEqual(calendar.AddWorkingDays(TestToday.Date, 5), calendar.AddWorkingDays(TestToday.Date, 2));
    }

    private async Task<IPage> SignedInPageAsync(string baseUrl, string name)
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {name}" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        return page;
    }

    private static async Task AddAreaAsync(IPage page, string name, string code, string procedure)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a service area" }).ClickAsync();
        var editor = page.GetByTestId("area-editor");
        await editor.GetByLabel("Name").FillAsync(name);
        await editor.GetByLabel("Code").FillAsync(code);
        await page.GetByTestId("area-procedure").PickAsync(procedure);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("areas-table").GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToHaveCountAsync(1);
    }

    private static async Task AddSubjectAsync(IPage page, string area, string subject)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Subjects" }).ClickAsync();
        await page.GetByTestId("subject-area").PickAsync(area);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add a subject to {area}" }).ClickAsync();
        var editor = page.GetByTestId("subject-editor");
        await editor.GetByLabel("Subject").FillAsync(subject);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("subjects-table")).ToContainTextAsync(subject);
    }

    private static async Task AddStaffAsync(IPage page, string signInName, string name, string area)
    {
        var form = page.GetByTestId("add-staff");
        await form.GetByLabel("Sign-in name (email or user principal name)").FillAsync(signInName);
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await form.GetByTestId("staff-areas").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = area, Exact = true }).ClickAsync();
        // A multiple choice stays open after a pick; Escape closes it, once the list has the key (a busy machine may lose the first).
        for (var presses = 0; presses < 5 && await page.GetByRole(AriaRole.Option).CountAsync() > 0; presses++)
        {
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await form.GetByTestId("add-staff-confirm").ClickAsync();
        await Assertions.Expect(page.GetByText($"{name} is on the staff list: their roles arrive when they first sign in.")).ToBeVisibleAsync();
    }
}
