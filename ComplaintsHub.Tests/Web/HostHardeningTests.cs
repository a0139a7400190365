using System.Net;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

public class HostHardening
{
    private const string PolicyWithoutIdentityProvider =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/account/signed-out", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(PolicyWithoutIdentityProvider, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join("", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", string.Join("", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task WithEntraTheFormsMayAlsoGoToTheIdentityProviderForSigningOut()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured());

        var response = await factory.CreateBrowserLikeClient().GetAsync("/account/signed-out");

        Assert.EndsWith("form-action 'self' https://login.microsoftonline.com", string.Join("", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task InProductionHttpsIsRecognisedFromATrustedProxyOnlyAndThenHstsIsSent()
    {
        await using var behindProxy = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured(("ReverseProxy:KnownNetworks:0", "127.0.0.0/8")));
        var viaProxy = new HttpClient { BaseAddress = new Uri(behindProxy.StartKestrel()) };
        // The same loopback caller, but the council named another address as its proxy.
        await using var elsewhere = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured(("ReverseProxy:KnownProxies:0", "10.0.0.4")));
        var direct = new HttpClient { BaseAddress = new Uri(elsewhere.StartKestrel()) };

        var fromProxy = await viaProxy.SendAsync(ForwardedAsHttps("/account/signed-out", "203.0.113.7"));
        var fromElsewhere = await direct.SendAsync(ForwardedAsHttps("/account/signed-out", "203.0.113.7"));

        Assert.Equal(HttpStatusCode.OK, fromProxy.StatusCode);
        Assert.Equal("max-age=2592000", string.Join("", fromProxy.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.False(fromElsewhere.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task InProductionPlainHttpIsSentToHttpsExceptTheHealthProbe()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured(("https_port", "443")));
        var client = factory.CreateBrowserLikeClient();

        var page = await client.GetAsync("/cases?status=open");
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal("https://localhost/cases?status=open", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task SignInsAreLimitedPerCallerAddressAsTheTrustedProxyReportsIt()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["RequestLimits:SignInsPerMinute"] = "2" });
        var viaProxy = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(factory.StartKestrel()) };

        var statuses = new List<int>();
        foreach (var caller in new[] { "203.0.113.7", "203.0.113.7", "203.0.113.7", "203.0.113.8" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
            request.Headers.Add("X-Forwarded-For", caller);
            var response = await viaProxy.SendAsync(request);
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.Equal("60", response.Headers.RetryAfter!.ToString());
        }

        Assert.Equal([302, 302, 429, 302], statuses);
    }

    [Fact]
    public async Task ExportsAreLimitedPerPersonAndOnePersonsLimitLeavesAnotherFree()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["RequestLimits:ExportsPerMinute"] = "2" });
        // Over a real connection: requests made inside the test process have no caller address and are never limited.
        var baseUrl = new Uri(factory.StartKestrel());
        var admin = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        await admin.SignInAsAsync(DemoStaff.ComplaintsAdmin);
        var councillor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        await councillor.SignInAsAsync(DemoStaff.PortfolioHolder);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++) statuses.Add((int)(await admin.GetAsync("/kpis/export?period=2026-Q2")).StatusCode);
        statuses.Add((int)(await councillor.GetAsync("/kpis/export?period=2026-Q2")).StatusCode);

        Assert.Equal([200, 200, 429, 200], statuses);
    }

    [Fact]
    public async Task ARequestBodyOverTheLimitIsRefusedBeforeItIsRead()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["RequestLimits:MaxBodyKilobytes"] = "64" });
        var client = new HttpClient { BaseAddress = new Uri(factory.StartKestrel()) };

        var tooLarge = await client.PostAsync("/account/dev-signin", new ByteArrayContent(new byte[65 * 1024]) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task AProxyAddressThatIsNotAnAddressStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = "load-balancer" });

        Assert.Contains("ReverseProxy:KnownProxies must be IP addresses", StartupFailure.Of(factory));
    }

    private static HttpRequestMessage ForwardedAsHttps(string path, string caller)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "complaints.ashbury.gov.uk";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", caller);
        return request;
    }
}
