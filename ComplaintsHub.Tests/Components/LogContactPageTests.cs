using Bunit;
using ComplaintsHub.Components.Pages.Contacts;
using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class LogContactPage : ComponentTestContext, IAsyncLifetime
{
    private readonly InMemoryDraftStore _drafts = new();
    private TestDatabase _database = null!;
    private Guid _officerId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _officerId = (await db.StaffUsers.SingleAsync(s => s.DisplayName == "Tom Bennett")).Id;
        Services.AddSingleton(_database.Get<ContactLogging>());
        Services.AddSingleton(_database.Get<Core.Inbox.InboxService>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        Services.AddSingleton<IDraftStore>(_drafts);
        SignIn(_officerId, "Tom Bennett", StaffRole.Officer);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private string DraftKey => $"contact-draft:{_officerId}";

    [Fact]
    public async Task SavingAnEmptyFormShowsEachProblemNextToItsFieldAndSavesNothing()
    {
        await using var before = await _database.Factory.CreateDbContextAsync();
        var count = await before.Complaints.CountAsync();
        var page = RenderSignedIn<LogContact>();
        page.WaitForElement("[data-testid=save-contact]");

        page.Find("[data-testid=save-contact]").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose the service area.", page.Find("[data-testid=service-area]").Closest(".mud-input-control")!.TextContent));
        Assert.Contains("Describe what the contact is about", page.Find("[data-testid=description]").Closest(".mud-input-control")!.TextContent);
        Assert.Contains("Find the person on record, or enter their surname and one way to contact them.", page.Markup);
        Assert.Contains("Nothing has been saved yet: 3 things need putting right", page.Find("[data-testid=form-errors]").TextContent);
        await using var after = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(count, await after.Complaints.CountAsync());
    }

    [Fact]
    public void TheFieldsThatMustBeFilledInAreMarkedBeforeAnythingIsSaved()
    {
        var page = RenderSignedIn<LogContact>();
        page.WaitForElement("[data-testid=save-contact]");

        // MudBlazor draws the * after the label of a control marked required, and tells screen readers with aria-required.
        var marked = page.FindAll(".mud-input-control.mud-input-required > .mud-input-control-input-container > label").Select(l => l.TextContent.Trim());
        Assert.Equal(["Surname", "Date received", "Service area", "What happened"], marked);
        Assert.Equal(4, page.FindAll("input[aria-required=true], textarea[aria-required=true]").Count);
        Assert.Equal("Fields marked * must be filled in.", page.Find("[data-testid=required-note]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=form-errors]"));
    }

    [Fact]
    public async Task AComplimentMayBeAnonymousSoItsSurnameIsNotMarked()
    {
        var page = RenderSignedIn<LogContact>();
        page.WaitForElement("[data-testid=save-contact]");

        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudRadioGroup<ContactClassification>>().Instance.ValueChanged.InvokeAsync(ContactClassification.Compliment));

        var marked = page.FindAll(".mud-input-control.mud-input-required > .mud-input-control-input-container > label").Select(l => l.TextContent.Trim());
        Assert.Equal(["Date received", "Service area", "What happened"], marked);
        Assert.StartsWith("Optional for this kind of contact", page.Find("[data-testid=new-person-needs]").TextContent.Trim());
    }

    [Fact]
    public void ADraftLeftByADroppedConnectionIsRestored()
    {
        _drafts.Items[DraftKey] = new ContactLogForm { Description = "Green bin missed again.", Complainant = new ComplainantForm { LastName = "Okonkwo" } };

        var page = RenderSignedIn<LogContact>();

        page.WaitForAssertion(() => Assert.Contains("Your unsaved draft has been restored.", page.Find("[data-testid=draft-restored]").TextContent));
        Assert.Equal("Green bin missed again.", page.Find("[data-testid=description]").GetAttribute("value"));
    }

    [Fact]
    public async Task TypingKeepsADraftAndSavingRemovesItAndShowsTheReference()
    {
        var page = RenderSignedIn<LogContact>();
        page.WaitForElement("[data-testid=save-contact]");
        var areaId = (await _database.Get<ContactLogging>().ChoicesAsync()).Areas.Single(a => a.Name == "Waste & Recycling").Id;

        await page.InvokeAsync(() => page.FindComponents<ComplaintsHub.Components.Shared.ChoicePicker<int?>>().First().Instance.ValueChanged.InvokeAsync(areaId));
        page.Find("[data-testid=description]").Input("Green bin missed three weeks running.");
        page.Find("[data-testid=description]").Blur();
        var surname = page.FindAll("input").Single(i => i.Closest(".mud-input-control")!.TextContent.Trim() == "Surname");
        surname.Input("Okonkwo");
        page.FindAll("input").Single(i => i.GetAttribute("type") == "tel").Input("07700 900123");
        page.WaitForAssertion(() => Assert.True(_drafts.Items.ContainsKey(DraftKey)));

        page.Find("[data-testid=save-contact]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=form-errors]")));
        page.WaitForAssertion(() => Assert.Matches($"^CMP-{TestToday.Date.Year}-[0-9]{{5}}$", page.Find("[data-testid=logged-reference]").TextContent));
        Assert.False(_drafts.Items.ContainsKey(DraftKey));
    }

    private sealed class InMemoryDraftStore : IDraftStore
    {
        public Dictionary<string, object> Items { get; } = [];

        public Task SaveAsync<T>(string key, T value)
        {
            Items[key] = System.Text.Json.JsonSerializer.Deserialize<T>(System.Text.Json.JsonSerializer.Serialize(value))!;
            return Task.CompletedTask;
        }

        public Task<T?> LoadAsync<T>(string key) where T : class => Task.FromResult(Items.GetValueOrDefault(key) as T);

        public Task DeleteAsync(string key)
        {
            Items.Remove(key);
            return Task.CompletedTask;
        }
    }
}
