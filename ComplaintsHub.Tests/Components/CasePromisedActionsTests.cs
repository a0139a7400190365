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

    private async Task<CaseDetails> CaseAsync() => Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_reference, _staff["Mark Ellis"])).Case;

    private IRenderedComponent<CasePage> Open(string person)
    {
        SignIn(_staff[person].StaffUserId, person, _staff[person].Roles.ToArray());
        return Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _reference)).FindComponent<CasePage>();
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
}
