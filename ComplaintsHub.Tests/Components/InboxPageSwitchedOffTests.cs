using Bunit;
using ComplaintsHub.Components.Pages.Inbox;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Inbox;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The Inbox page while no mailbox is configured.</summary>
public class InboxPageSwitchedOff : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Services.AddSingleton(_database.Get<InboxService>());
        SignIn(Guid.NewGuid(), "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void ThePageSaysTheMailboxIsSwitchedOff()
    {
        var page = RenderSignedIn<InboxList>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-switched-off]")));
        Assert.Single(page.FindAll("[data-testid=inbox-empty]"));
    }
}
