using System.Net;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Web;

public class StartupConfiguration
{
    [Fact]
    public async Task TheDevelopmentSignInCannotBeSwitchedOnOutsideDevelopment()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured(("DevelopmentSignIn:Enabled", "true")));

        var error = StartupFailure.Of(factory);

        Assert.Contains("DevelopmentSignIn:Enabled is true in the Production environment", error);
    }

    [Fact]
    public async Task MissingEntraSettingsStopStartUpNamingWhatToSet()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production");

        var error = StartupFailure.Of(factory);

        Assert.Contains("Sign-in is not configured. Set AzureAd:Instance (https://login.microsoftonline.com/), AzureAd:TenantId and AzureAd:ClientId", error);
    }

    [Fact]
    public async Task AnUnknownDatabaseProviderStopsStartUp()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" });

        Assert.Contains("Database:Provider is \"Oracle\": set it to \"Sqlite\" (the default) or \"PostgreSQL\".", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task PostgreSqlWithoutAConnectionStringStopsStartUp()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:ComplaintsHub"] = "" });

        Assert.Contains("Database:Provider is PostgreSQL but ConnectionStrings:ComplaintsHub is not set.", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task MissingCouncilDetailsStopTheFirstStartOnAnEmptyDatabaseNamingThem()
    {
        await using var factory = ComplaintsHubFactory.CreateWithEmptyDatabase("Development", new Dictionary<string, string?> { ["Council:Name"] = "", ["Council:Address"] = " " });

        Assert.Contains("Letters need the council's details: set Council:Name, Council:Address.", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task OnceTheCouncilsDetailsAreStoredStartUpNeedsNoCouncilSettings()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Council:Name"] = "", ["Council:Address"] = "", ["Council:Signatory"] = "", ["Council:EscalationHow"] = "",
        });
        await using (var stored = new ServiceCollection().AddComplaintsDatabase(DatabaseSettings.Create("Sqlite", $"Data Source={factory.DatabasePath}", Path.GetTempPath())).BuildServiceProvider())
        await using (var db = await stored.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            db.CouncilProfiles.RemoveRange(db.CouncilProfiles);
            db.CouncilProfiles.Add(new CouncilProfile("Borsetshire County Council", "County Hall, Borchester", "Complaints Manager", "Reply quoting your reference.", null));
            await db.SaveChangesAsync();
        }
        var client = factory.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal("Borsetshire County Council", (await factory.Get<CouncilSettings>().GetAsync()).Name);
    }

    [Fact]
    public async Task ALogoPathWithNoFileStopsStartUp()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Council:LogoPath"] = "no-such-logo.png" });

        Assert.Contains("Council:LogoPath is \"no-such-logo.png\" but there is no file at", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task WithEntraConfiguredTheDevelopmentSignInDoesNotExist()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured());
        var client = factory.CreateBrowserLikeClient();

        var page = await client.GetAsync("/account/dev-signin");
        var post = await client.PostAsync("/account/dev-signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["staffUserId"] = Guid.NewGuid().ToString() }));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Sign in as", await page.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.False(post.Headers.Contains("Set-Cookie") && post.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("ComplaintsHub.Auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WithEntraConfiguredThereAreLoginAndLogoutEndpoints()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync("Production", TestSettings.EntraConfigured());
        var endpoints = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().Select(e => e.RoutePattern.RawText).ToList();

        Assert.Contains(endpoints, e => e is not null && e.EndsWith("/account/login", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e is not null && e.EndsWith("/account/logout", StringComparison.Ordinal));
    }
}
