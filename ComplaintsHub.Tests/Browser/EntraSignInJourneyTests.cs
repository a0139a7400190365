using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Support.Identity;
using ComplaintsHub.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>
/// The production sign-in, end to end: the app in the Production environment, its AzureAd settings pointed at a real
/// OpenID Connect provider that issues Entra-shaped tokens, and a person typing their password on the provider's page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EntraSignInJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AnOfficerAndAPortfolioHolderSignInThroughEntraSeeWhatTheirRolesAllowSignOutAndBackIn()
    {
        await using var provider = await TestIdentityProvider.StartAsync(TestTenant.Everyone);
        await using var app = await StartAppAsync(provider);
        var officer = TestTenant.NewOfficer;

        // First sign-in: the staff record is made from the token.
        var page = await EntraPageAsync(app);
        await page.GotoAsync("/contacts/new");
        await SignInAtProviderAsync(page, officer);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log a contact" })).ToBeVisibleAsync(AcrossBothServers);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(officer.DisplayName);
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "ComplaintsHub.Auth");
        Assert.Equal((true, true, SameSiteAttribute.Lax), (cookie.Secure, cookie.HttpOnly, cookie.SameSite));
        var record = await StaffRecordAsync(app.Factory, officer.ObjectId);
        Assert.Equal((officer.DisplayName, officer.UserName, true), (record.DisplayName, record.Email, record.IsActive));
        Assert.Equal([StaffRole.Officer], record.Roles.Select(r => r.Role));

        // Signing out leaves the provider too, so the next sign-in asks for the password again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync(AcrossBothServers);
        var afterSignOut = await page.APIRequest.GetAsync("/contacts/new", new() { MaxRedirects = 0 });
        Assert.Equal(302, afterSignOut.Status);
        Assert.StartsWith(provider.BaseUrl, afterSignOut.Headers["location"]);

        // Back in after the tenant changed her name: the record follows the token.
        provider.Update(officer with { DisplayName = "Nadia Hussain-Reid" });
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await SignInAtProviderAsync(page, officer);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Nadia Hussain-Reid");
        Assert.Equal("Nadia Hussain-Reid", (await StaffRecordAsync(app.Factory, officer.ObjectId)).DisplayName);

        // A portfolio holder sees the figures and not the cases.
        var councillor = await EntraPageAsync(app);
        await councillor.GotoAsync("/kpis");
        await SignInAtProviderAsync(councillor, TestTenant.PortfolioHolder);
        await Assertions.Expect(councillor.GetByRole(AriaRole.Heading, new() { Name = "Complaint performance" })).ToBeVisibleAsync();
        await councillor.GotoAsync("/cases");
        await Assertions.Expect(councillor.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to that page" })).ToBeVisibleAsync();

        // Switched off by the complaints team: her open page leaves at once, and signing in again (the provider still
        // knows her, so it happens without a password) is refused.
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var directory = app.Factory.Get<Core.Services.StaffDirectory>();
        var admin = (await directory.ListAsync()).Single(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        await directory.SwitchOffAsync(admin.Id, record.Id);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in-refused"));
        await Assertions.Expect(page.GetByTestId("refusal-reason")).ToHaveAttributeAsync("data-reason", "SwitchedOff");
        var blocked = browser.ContentSecurityPolicyViolations(page).Concat(browser.ContentSecurityPolicyViolations(councillor)).ToList();
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
    }

    [Fact]
    public async Task SomeoneWhoseTokenCarriesNoAppRoleIsRefusedWithAPageSayingWhyAndGetsNoStaffRecord()
    {
        await using var provider = await TestIdentityProvider.StartAsync(TestTenant.Everyone);
        await using var app = await StartAppAsync(provider);
        var page = await EntraPageAsync(app);

        await page.GotoAsync("/");
        await SignInAtProviderAsync(page, TestTenant.WithoutRole);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in-refused"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot sign in to ComplaintsHub" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("refusal-reason")).ToHaveAttributeAsync("data-reason", "NoRole");
        await using var db = await app.Factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.StaffUsers.CountAsync(s => s.EntraObjectId == TestTenant.WithoutRole.ObjectId));
        Assert.Equal(0, await db.StaffSessions.CountAsync());
    }

    /// <summary>What arrives after a redirect through the provider and back.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions AcrossBothServers = new() { Timeout = 60_000 };

    /// <summary>A sign-in navigation crosses two servers and back; on a busy machine it is given longer than one page load.</summary>
    private async Task<IPage> EntraPageAsync(EntraApp app)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        page.Context.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    private static async Task SignInAtProviderAsync(IPage page, TestIdentityUser user)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync(AcrossBothServers);
        Assert.StartsWith($"http://127.0.0.1", page.Url);
        await page.GetByLabel("Email address").FillAsync(user.UserName);
        await page.GetByLabel("Password").FillAsync(TestIdentityUser.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task<StaffUser> StaffRecordAsync(ComplaintsHubFactory factory, string objectId)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        return await db.StaffUsers.Include(s => s.Roles).AsNoTracking().SingleAsync(s => s.EntraObjectId == objectId);
    }

    internal static async Task<EntraApp> StartAppAsync(TestIdentityProvider provider)
    {
        var factory = await ComplaintsHubFactory.CreateAsync("Production", TestTenant.AppSettings(provider));
        // "localhost", not 127.0.0.1: Chromium keeps the sign-in's Secure cookies from a plain-HTTP address only for
        // localhost, and it makes the app another site from the provider's, as Entra is.
        var baseUrl = factory.StartKestrel().Replace("127.0.0.1", "localhost");
        await provider.RegisterAppAsync(baseUrl);
        // Warm both servers before the browser's first navigation: on a busy machine the first sign-in redirect (the app
        // reading the provider's metadata, the provider's first use of its store, all of it compiled on first use) can
        // take longer than a navigation may.
        using var warm = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(120) };
        // The provider first, with all the time it needs: the app reads its metadata with a timeout of its own, and a
        // provider still starting up would make the app say sign-in is unavailable.
        (await warm.GetAsync($"{provider.Instance}{TestTenant.TenantId}/v2.0/.well-known/openid-configuration")).EnsureSuccessStatusCode();
        var challenge = await warm.GetAsync($"{baseUrl}/");
        Assert.True(challenge.StatusCode == System.Net.HttpStatusCode.Redirect && challenge.Headers.Location is { IsAbsoluteUri: true },
            $"The app's sign-in challenge answered {(int)challenge.StatusCode}, to {challenge.Headers.Location}.");
        var authorize = await warm.GetAsync(challenge.Headers.Location);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, authorize.StatusCode);
        await warm.GetAsync($"{provider.BaseUrl}/{TestTenant.TenantId}/v2.0/login");
        return new EntraApp(factory, baseUrl);
    }

    internal sealed record EntraApp(ComplaintsHubFactory Factory, string BaseUrl) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
