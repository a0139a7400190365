using AngleSharp.Html.Dom;
using Bunit;
using ComplaintsHub.Components.Layout;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NotificationSettingsService = ComplaintsHub.Core.Notifications.NotificationSettings;
using NotificationSettingsPageComponent = ComplaintsHub.Components.Pages.Account.NotificationSettings;

namespace ComplaintsHub.Tests.Components;

public class NotificationSettingsPage : ComponentTestContext, IAsyncLifetime
{
    private NotificationWorld _world = null!;

    public async Task InitializeAsync() => await StartAsync(emailOn: true);

    private async Task StartAsync(bool emailOn)
    {
        if (_world is not null) await _world.DisposeAsync();
        _world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow, emailOn);
        Services.AddSingleton(_world.Database.Get<NotificationSettingsService>());
        SignIn(_world.Staff["Tom Bennett"].StaffUserId, "Tom Bennett", StaffRole.Officer);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task ShowsOneSwitchPerKindAndSavesWhatThePersonChooses()
    {
        var page = RenderSignedIn<NotificationSettingsPageComponent>();
        page.WaitForElement("[data-testid=notification-Overdue] input");

        Assert.Equal(7, page.FindAll("[data-testid^=notification-] input[type=checkbox]").Count);
        Assert.All(page.FindAll("[data-testid^=notification-] input[type=checkbox]"), i => Assert.True(((IHtmlInputElement)i).IsChecked));
        page.Find("[data-testid=notification-Overdue] input").Change(false);

        page.WaitForAssertion(() => Assert.False(((IHtmlInputElement)page.Find("[data-testid=notification-Overdue] input")).IsChecked));
        var saved = await _world.Database.Get<NotificationSettingsService>().GetAsync(_world.Staff["Tom Bennett"]);
        Assert.Equal([EmailKind.Overdue], saved.Where(s => !s.IsOn).Select(s => s.Kind));
        Assert.Empty(page.FindAll("[data-testid=email-switched-off]"));
    }

    [Fact]
    public async Task SaysEmailIsSwitchedOffWhenNoMailServerIsSet()
    {
        await StartAsync(emailOn: false);

        var page = RenderSignedIn<NotificationSettingsPageComponent>();

        page.WaitForAssertion(() => Assert.StartsWith("Email is switched off:", page.Find("[data-testid=email-switched-off]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(7, page.FindAll("[data-testid^=notification-] input[type=checkbox]").Count);
    }
}

public class UserMenuLinks : ComponentTestContext
{
    [Theory]
    [InlineData(StaffRole.Officer, true)]
    [InlineData(StaffRole.TeamLeader, true)]
    [InlineData(StaffRole.HeadOfService, true)]
    [InlineData(StaffRole.ComplaintsAdmin, true)]
    [InlineData(StaffRole.PortfolioHolder, false)]
    public void MyEmailNotificationsIsOfferedToEveryoneWhoHandlesCases(StaffRole role, bool offered)
    {
        SignIn(Guid.NewGuid(), "Someone", role);

        var menu = RenderSignedIn<UserMenu>();

        Assert.Equal(offered ? ["account/notifications"] : [], menu.FindAll("[data-testid=my-notifications]").Select(a => a.GetAttribute("href")));
    }
}
