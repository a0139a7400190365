using System.Net;
using System.Net.Sockets;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Tests.Web;

public class SignInUnavailable
{
    [Fact]
    public async Task WhenEntraCannotBeReachedStaffAreToldSignInIsUnavailableHealthIsDegradedAndTheLogNamesTheAddressAndSetting()
    {
        var deadInstance = $"http://127.0.0.1:{PortNothingListensOn()}/";
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production",
            TestSettings.EntraConfigured(("AzureAd:Instance", deadInstance), ("AzureAd:RequireHttpsMetadata", "false")));
        var client = factory.CreateBrowserLikeClient();

        var cases = await client.GetAsync("/cases?status=open");
        Assert.Equal(HttpStatusCode.Redirect, cases.StatusCode);
        Assert.Equal("/account/sign-in-unavailable?returnUrl=%2Fcases%3Fstatus%3Dopen", cases.Headers.Location!.OriginalString);
        var page = await client.GetAsync(cases.Headers.Location);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(">Sign-in is unavailable</h1>", html);
        Assert.Contains("href=\"/cases?status=open\"", html);

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());

        var metadata = $"{deadInstance}{TestSettings.EntraConfigured()["AzureAd:TenantId"]}/v2.0/.well-known/openid-configuration";
        var logged = factory.Logs.Records.Where(r => r.Level == LogLevel.Error && Equals(r.Values.GetValueOrDefault("MetadataAddress"), metadata)).ToList();
        Assert.NotEmpty(logged);
        Assert.All(logged, r => Assert.Equal(deadInstance, r.Values["Instance"]));
    }

    [Fact]
    public async Task ASignInThatCannotCompleteGoesToAPageSayingWhyNotAnErrorPage()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured());
        var client = factory.CreateBrowserLikeClient();

        // A form post to the callback with no sign-in under way (an old tab, a replayed response): correlation fails.
        var callback = await client.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = "x", ["state"] = "y" }));

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/account/sign-in-refused?reason=Failed", callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(callback.Headers.Location)).StatusCode);
    }

    private static int PortNothingListensOn()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public class EntraSignOut
{
    [Fact]
    public async Task APageWhoseSessionHasEndedCanStillEndTheEntraSessionSoAnotherPersonMustSignIn()
    {
        await using var provider = await Support.Identity.TestIdentityProvider.StartAsync(Support.Identity.TestTenant.Everyone);
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", Support.Identity.TestTenant.AppSettings(provider));
        await provider.RegisterAppAsync("http://localhost");

        var response = await factory.CreateBrowserLikeClient().GetAsync("/account/sign-out-of-entra");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"{provider.BaseUrl}/{Support.Identity.TestTenant.TenantId}/v2.0/oauth2/v2.0/logout", location.GetLeftPart(UriPartial.Path));
        Assert.Contains("post_logout_redirect_uri=http%3A%2F%2Flocalhost%2Fsignout-callback-oidc", location.Query);
    }
}
