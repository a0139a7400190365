using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class Stage2AndOmbudsmanJourney(BrowserFixture browser)
{
    [Fact]
    public async Task TheComplainantEscalatesAHeadOfServiceAnswersStage2AndAnOmbudsmanEnquiryIsRecordedAndClosed()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var reference = await Stage1ClosedAsync(factory);

        var officer = await OpenAsAsync(baseUrl, "Tom Bennett", reference);
        await ActAsync(officer, "Escalate to next stage");
        await Assertions.Expect(officer.GetByTestId("case-status")).ToHaveTextAsync("Stage 2: Received");
        await ExpectLatestAsync(officer, "Escalated to Stage 2.");

        var leader = await OpenAsAsync(baseUrl, "David Okafor", reference);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Assign to a head of service" }).ClickAsync();
        await leader.GetByTestId("assign-to").PickAsync(new Regex("^Fiona Campbell"));
        await ConfirmAsync(leader);
        await ExpectLatestAsync(leader, "Stage 2 assigned to Fiona Campbell.");

        var head = await OpenAsAsync(baseUrl, "Fiona Campbell", reference);
        await ActAsync(head, "Acknowledge");
        await ExpectLatestAsync(head, new Regex("^Stage 2 acknowledged; response due"));
        await head.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        await head.GetByTestId("response-outcome").PickAsync("Not upheld");
        await ConfirmAsync(head);
        await ExpectLatestAsync(head, "Stage 2 response sent: not upheld.");
        await ActAsync(head, "Close");
        await Assertions.Expect(head.GetByTestId("case-status")).ToHaveTextAsync("Closed (not upheld)");

        var admin = await OpenAsAsync(baseUrl, "Mark Ellis", reference);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record Ombudsman enquiry" }).ClickAsync();
        await admin.GetByLabel("Local Government and Social Care Ombudsman reference").FillAsync("26 123 456");
        await ConfirmAsync(admin);
        await Assertions.Expect(admin.GetByTestId("case-status")).ToHaveTextAsync("Stage 2: With the Ombudsman");
        await ExpectLatestAsync(admin, new Regex("^Enquiry from the Local Government and Social Care Ombudsman received .* \\(their reference 26 123 456\\)\\.$"));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Record Ombudsman decision" }).ClickAsync();
        await admin.GetByTestId("ombudsman-decision").PickAsync("Fault causing injustice");
        await admin.GetByLabel("Remedy recommended (leave blank if none)").FillAsync("Apologise and pay £150.");
        var due = TestToday.Date.AddDays(28).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await admin.GetByLabel("Remedy to be complied with by").FillAsync(due);
        await admin.GetByLabel("Remedy to be complied with by").PressAsync("Tab");
        await ConfirmAsync(admin);
        await ExpectLatestAsync(admin, new Regex("^Ombudsman decision: fault causing injustice; remedy to be complied with by"));

        await ActAsync(admin, "Record remedy complied with");
        await Assertions.Expect(admin.GetByTestId("case-status")).ToHaveTextAsync("Closed (not upheld)");
        await ExpectLatestAsync(admin, new Regex("^Ombudsman remedy complied with on .* \\(on time\\)\\.$"));
        await Assertions.Expect(admin.GetByTestId("timeline-entry")).ToHaveCountAsync(12); // 4 at Stage 1, 5 at Stage 2, 3 with the Ombudsman
    }

    private async Task<IPage> OpenAsAsync(string baseUrl, string person, string reference)
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {person}" }).ClickAsync();
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        return page;
    }

    private static async Task ActAsync(IPage page, string action)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await ConfirmAsync(page);
    }

    private static async Task ConfirmAsync(IPage page)
    {
        await page.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-action")).ToHaveCountAsync(0);
    }

    private static Task ExpectLatestAsync(IPage page, string text) => Assertions.Expect(page.GetByTestId("timeline-entry").First).ToHaveTextAsync(text);

    private static Task ExpectLatestAsync(IPage page, Regex text) => Assertions.Expect(page.GetByTestId("timeline-entry").First).ToHaveTextAsync(text);

    /// <summary>Stage 1 answered by the team leader and closed, through the same services the pages use.</summary>
    private static async Task<string> Stage1ClosedAsync(ComplaintsHubFactory factory)
    {
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        var staff = await factory.Get<StaffDirectory>().ListAsync();
        var leader = staff.Single(s => s.DisplayName == "David Okafor");
        var asLeader = new CurrentStaff(leader.Id, leader.DisplayName, leader.Roles.ToHashSet());
        var actions = factory.Get<CaseActions>();
        async Task<CaseDetails> Current() => Assert.IsType<CaseLookup.Found>(await factory.Get<CaseQuery>().GetAsync(reference, asLeader)).Case;
        await actions.ApplyAsync((await Current()).Id, (await Current()).Version, new AcknowledgeCommand(null), asLeader);
        await actions.ApplyAsync((await Current()).Id, (await Current()).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), asLeader);
        await actions.ApplyAsync((await Current()).Id, (await Current()).Version, new CloseCommand(), asLeader);
        return reference;
    }
}
