using Bunit;
using ComplaintsHub.Components.Pages.Contacts;
using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Contacts;
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

/// <summary>"Log as a new contact" from the inbox: the log form starts from the email, and saving it keeps the email with the case.</summary>
public class LogContactFromEmail : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, TestToday.HandWorkedNow);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Tom Bennett");
        Services.AddSingleton(_database.Get<ContactLogging>());
        Services.AddSingleton(_database.Get<InboxService>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        Services.AddSingleton<IDraftStore>(new NoDrafts());
        SignIn(officer.Id, officer.DisplayName, StaffRole.Officer);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TheFormStartsFromTheEmailAndSavingItKeepsTheEmailWithTheNewCase()
    {
        var item = await InboxItems.StoreAsync(_database, subject: "Bin not collected");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"contacts/new?fromEmail={item.Id}");
        var page = RenderSignedIn<LogContact>();
        page.WaitForElement("[data-testid=from-email]");
        Assert.Equal("Bin not collected\n\nMissed again.", page.Find("[data-testid=description]").GetAttribute("value") ?? page.Find("[data-testid=description]").TextContent);
        var areaId = (await _database.Get<ContactLogging>().ChoicesAsync()).Areas.Single(a => a.Name == "Waste & Recycling").Id;
        await page.InvokeAsync(() => page.FindComponents<ComplaintsHub.Components.Shared.ChoicePicker<int?>>().First().Instance.ValueChanged.InvokeAsync(areaId));

        page.Find("[data-testid=save-contact]").Click();

        page.WaitForElement("[data-testid=logged-reference]");
        await using var db = await _database.Factory.CreateDbContextAsync();
        var stored = await db.InboxItems.SingleAsync(i => i.Id == item.Id);
        var complaint = await db.Complaints.Include(c => c.Complainant).SingleAsync(c => c.Id == stored.ComplaintId);
        Assert.Equal((InboxItemStatus.Logged, complaint.Reference), (stored.Status, stored.CaseReference));
        Assert.Equal((Channel.Email, "grace@example.net", "Okonkwo"), (complaint.Channel, complaint.Complainant!.Email, complaint.Complainant.LastName));
    }

    [Fact]
    public async Task AnEmailSomeoneElseDealtWithIsNotUsedAndThePageSaysWhy()
    {
        var item = await InboxItems.StoreAsync(_database);
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            (await db.InboxItems.SingleAsync(i => i.Id == item.Id)).Dismiss("Spam.", new Actor(Guid.NewGuid(), "Mark Ellis"), TestToday.Now.UtcDateTime);
            await db.SaveChangesAsync();
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo($"contacts/new?fromEmail={item.Id}");
        var page = RenderSignedIn<LogContact>();

        page.WaitForElement("[data-testid=from-email-problem]");
        Assert.Empty(page.FindAll("[data-testid=from-email]"));
        Assert.True(string.IsNullOrEmpty(page.Find("[data-testid=description]").GetAttribute("value")));
    }

    private sealed class NoDrafts : IDraftStore
    {
        public Task SaveAsync<T>(string key, T value) => Task.CompletedTask;

        public Task<T?> LoadAsync<T>(string key) where T : class => Task.FromResult<T?>(null);

        public Task DeleteAsync(string key) => Task.CompletedTask;
    }
}
