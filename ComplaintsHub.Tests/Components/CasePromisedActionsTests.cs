using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Components;

/// <summary>A Waste case held by Tom Bennett, answered today promising to check the assisted collection list in two weeks.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CasePromisedActionsCard : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Dictionary<string, CurrentStaff> _staff = null!;
    private string _reference = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var logged = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id,
            ReceivedDate = TestToday.Date.AddDays(-4).ToDateTime(TimeOnly.MinValue),
            Description = "Assisted collection missed again.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, _staff["Tom Bennett"]);
        _reference = logged.Reference!;
        var actions = _database.Get<CaseActions>();
        var leader = _staff["David Okafor"];
        await actions.ApplyAsync(logged.ComplaintId!.Value, (await CaseAsync()).Version, new AllocateCommand(_staff["Tom Bennett"].StaffUserId), leader);
        await actions.ApplyAsync(logged.ComplaintId!.Value, (await CaseAsync()).Version, new AcknowledgeCommand(null), leader);
        await actions.ApplyAsync(logged.ComplaintId!.Value, (await CaseAsync()).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld),
            [new PromisedActionTerms("Check the assisted collection list", TestToday.Date.AddDays(14), _staff["Tom Bennett"].StaffUserId)]), leader);
        AddCasePageServices(_database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<CaseDetails> CaseAsync(string? reference = null) =>
        Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(reference ?? _reference, _staff["Mark Ellis"])).Case;

    private IRenderedComponent<CasePage> Open(string person, string? reference = null)
    {
        SignIn(_staff[person].StaffUserId, person, _staff[person].Roles.ToArray());
        return Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, reference ?? _reference)).FindComponent<CasePage>();
    }

    [Fact]
    public async Task TheOwnerMarksThePromiseDoneWithANoteFromTheCard()
    {
        var page = Open("Tom Bennett");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=promised-action]")));
        Assert.Contains("Check the assisted collection list", page.Find("[data-testid=promised-actions]").TextContent);

        page.Find("[data-testid=complete-promised]").Click();
        page.Find("[data-testid=promised-actions] textarea").Input("Added to the list; the crew were told.");
        page.Find("[data-testid=promised-actions] [data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=promised-done]")));
        var action = Assert.Single((await CaseAsync()).PromisedActions);
        Assert.Equal((PromisedActionStatus.Done, "Added to the list; the crew were told."), (action.Status, action.CompletionNote));
    }

    [Fact]
    public void ClosingShowsTheOpenPromiseAndIsRefusedUntilTheBoxIsTicked()
    {
        var page = Open("David Okafor");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Close").Click();

        Assert.Contains("Check the assisted collection list", page.Find("[data-testid=open-actions-warning]").TextContent);
        page.Find("[data-testid=case-actions] [data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Equal("1 promised action is still open. Confirm you are closing with them open: they stay tracked until done.",
            page.Find("[data-testid=action-error]").TextContent.Trim()));

        page.Find("[data-testid=confirm-open-actions] input[type=checkbox], input[type=checkbox][data-testid=confirm-open-actions]").Change(true);
        page.Find("[data-testid=case-actions] [data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=timeline-entry]"), e => e.TextContent.EndsWith("Closed with 1 promised action still open.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APromisedActionWithoutADateIsRefusedNextToItsDateAndTheResponseIsNotRecorded()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var logged = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id,
            ReceivedDate = TestToday.Date.AddDays(-2).ToDateTime(TimeOnly.MinValue),
            Description = "Bin not returned to the property.",
            Complainant = new ComplainantForm { LastName = "Adeyemi", Phone = "07700 900456" },
        }, _staff["Tom Bennett"]);
        var actions = _database.Get<CaseActions>();
        var leader = _staff["David Okafor"];
        var version = await actions.ApplyAsync(logged.ComplaintId!.Value, (await CaseAsync(logged.Reference!)).Version, new AllocateCommand(_staff["Tom Bennett"].StaffUserId), leader);
        await actions.ApplyAsync(logged.ComplaintId!.Value, version, new AcknowledgeCommand(null), leader);

        var page = Open("David Okafor", logged.Reference);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-actions] button")));
        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Record response").Click();
        var outcome = page.FindComponents<MudBlazor.MudSelect<Outcome?>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), "response-outcome"));
        await page.InvokeAsync(() => outcome.Instance.ValueChanged.InvokeAsync(Outcome.NotUpheld));
        page.Find("[data-testid=add-promised]").Click();
        page.Find("[data-testid=promised-row] input").Input("Return the bin to the property");
        page.Find("[data-testid=case-actions] [data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the date this action will be done by.", page.Find("[data-testid=promised-row]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=action-error]"));
        var stage = Assert.Single((await CaseAsync(logged.Reference!)).Stages);
        Assert.Null(stage.ResponseSentAt);
    }
}
