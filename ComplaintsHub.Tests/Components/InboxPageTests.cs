using Bunit;
using ComplaintsHub.Components.Pages.Inbox;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Inbox;
using ComplaintsHub.Tests.Inbox;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The Inbox page over a real database, signed in as an officer.</summary>
public class InboxPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, inbox: new InboxOptions { Host = "localhost", UserName = "complaints", Password = "x", Security = ImapSecurity.None });
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.Officer);
        Services.AddSingleton(_database.Get<InboxService>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(officer.Id, officer.DisplayName, StaffRole.Officer);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState> Open(string address = "inbox")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return RenderSignedIn<InboxList>();
    }

    [Fact]
    public void WithNoNewEmailsThePageSaysSo()
    {
        var page = Open();

        page.WaitForAssertion(() => Assert.Equal("No new emails.", page.Find("[data-testid=inbox-empty]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=inbox-switched-off]"));
    }

    [Fact]
    public async Task NewEmailsAreListedAndTheStatusInTheAddressChoosesWhichAreShown()
    {
        await InboxItems.StoreAsync(_database, subject: "Bin not collected");
        var dismissed = await InboxItems.StoreAsync(_database, subject: "Cheap watches");
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var item = await db.InboxItems.SingleAsync(i => i.Id == dismissed.Id);
            item.Dismiss("Spam.", Actor.System, TestToday.Now.UtcDateTime);
            await db.SaveChangesAsync();
        }

        var page = Open();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-item]")));
        Assert.Contains("Bin not collected", page.Find("[data-testid=inbox-item]").TextContent);

        var filtered = Open("inbox?status=dismissed");
        filtered.WaitForAssertion(() => Assert.Contains("Cheap watches", Assert.Single(filtered.FindAll("[data-testid=inbox-item]")).TextContent));
        Assert.Equal(2, Open("inbox?status=all").FindAll("[data-testid=inbox-item]").Count);
    }

    [Fact]
    public async Task DismissingWithoutAReasonSaysSoNextToTheFieldAndKeepsTheEmail()
    {
        var item = await InboxItems.StoreAsync(_database, subject: "Bin not collected");
        var page = Open();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-item]")));
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudExpansionPanel>().Instance.ExpandAsync());
        page.WaitForElement("[data-testid=dismiss-email]");

        page.Find("[data-testid=dismiss-email]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give the reason for dismissing this email", page.Find("[data-testid=dismiss-reason-field]").Closest(".mud-input-control")!.TextContent));
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(InboxItemStatus.New, (await db.InboxItems.SingleAsync(i => i.Id == item.Id)).Status);
    }

    [Fact]
    public async Task AnEmailQuotingAReferenceOffersThatCaseAndAttachingItTakesItOffTheNewList()
    {
        string reference;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var areas = (await db.StaffUsers.Include(s => s.ServiceAreas).SingleAsync(s => s.DisplayName == DemoStaff.Officer)).ServiceAreas.Select(a => a.Id).ToList();
            reference = await db.Complaints.Where(c => areas.Contains(c.ServiceAreaId)).OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        }

        await InboxItems.StoreAsync(_database, subject: $"Re: {reference}");
        var page = Open();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-item]")));
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudExpansionPanel>().Instance.ExpandAsync());
        page.WaitForElement("[data-testid=attach-email]");
        Assert.Equal(reference, page.Find("[data-testid=attach-reference]").GetAttribute("value"));

        page.Find("[data-testid=attach-email]").Click();

        page.WaitForAssertion(() => Assert.Equal("No new emails.", page.Find("[data-testid=inbox-empty]").TextContent));
        await using var check = await _database.Factory.CreateDbContextAsync();
        Assert.Equal((InboxItemStatus.Attached, reference), await check.InboxItems.Select(i => ValueTuple.Create(i.Status, i.CaseReference)).SingleAsync());
    }

    [Fact]
    public void AStatusTheAddressCannotReadIsNamedAndNewEmailsAreShown()
    {
        var page = Open("inbox?status=binned");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=address-ignored]")));
        Assert.Equal("No new emails.", page.Find("[data-testid=inbox-empty]").TextContent);
    }
}
