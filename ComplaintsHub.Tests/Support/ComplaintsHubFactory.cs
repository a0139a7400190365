using System.Net;
using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// The real app over a private copy of the seeded demo database. Development environment with the development
/// sign-in unless a test says otherwise; <see cref="StartKestrel"/> serves it on a real port for the browser. The app's
/// clock starts at <see cref="TestToday.Now"/>, the day the demo data was seeded for.
/// </summary>
public sealed class ComplaintsHubFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    private ComplaintsHubFactory(string databasePath, string environment, IDictionary<string, string?>? settings)
    {
        DatabasePath = databasePath;
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ComplaintsHub"] = $"Data Source={databasePath}",
            ["Database:Provider"] = "Sqlite",
            ["DevelopmentSignIn:Enabled"] = environment == "Development" ? "true" : "false",
            ["DemoData:SeedWhenEmpty"] = "false", // the copies are seeded already; tests that want seeding say so
            ["Records:ScheduledRetention"] = "false", // no test's cases are anonymised under it; the retention tests run it themselves
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string DatabasePath { get; }

    /// <summary>Everything the app logs.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The app's clock: it starts on the day the seeded data was made for.</summary>
    public RunningClock Clock { get; } = new(TestToday.Now);

    public static async Task<ComplaintsHubFactory> CreateAsync(string environment = "Development", IDictionary<string, string?>? settings = null) =>
        new(await SeededDatabaseTemplate.CopyAsync(), environment, settings);

    /// <summary>The app over a database file that does not exist yet, as on a first start.</summary>
    public static ComplaintsHubFactory CreateWithEmptyDatabase(string environment, IDictionary<string, string?>? settings = null) =>
        new(Path.Combine(Path.GetTempPath(), "complaintshub-tests", $"empty-{Guid.NewGuid():N}.db"), environment, settings);

    /// <summary>
    /// The app over a database a <see cref="TestDatabase"/> made (SQLite or PostgreSQL), as one of several instances sharing
    /// it; the test database, not the app, removes it afterwards. With <paramref name="seedDemoData"/> it seeds the demo data
    /// (Development only).
    /// </summary>
    public static ComplaintsHubFactory OverDatabase(DatabaseSettings database, bool seedDemoData = false, string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [DatabaseSettings.ProviderKey] = database.Provider.ToString(),
            [DatabaseSettings.ConnectionStringKey] = database.ConnectionString,
            ["DemoData:SeedWhenEmpty"] = seedDemoData ? "true" : "false",
        };
        return new ComplaintsHubFactory("", environment, merged) { _handedOn = true };
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    private bool _handedOn;

    /// <summary>
    /// The app started again over this one's database, as after a crash or a restart: this one must have been stopped
    /// (disposed) or be stopped next, and leaves the database file to the new one.
    /// </summary>
    public ComplaintsHubFactory RestartedWith(IDictionary<string, string?>? settings = null)
    {
        _handedOn = true;
        var merged = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) merged[key] = value;
        return new ComplaintsHubFactory(DatabasePath, _environment, merged);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // Outside Development the host serves only what a publish put in wwwroot; here the build's static web assets
        // (Blazor's script, MudBlazor's files) stand in for them, as in a published app.
        if (_environment != "Development") builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // A browser expires cookies by the real clock, so the sign-in's correlation and nonce cookies (15 minutes) are
            // stamped by it too: stamped on the test day, they would arrive already expired and be dropped.
            services.PostConfigureAll<OpenIdConnectOptions>(o => o.TimeProvider = TimeProvider.System);
        });
    }

    /// <summary>Starts Kestrel on a free loopback port and returns the base address.</summary>
    public string StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.Replace("[::1]", "127.0.0.1").TrimEnd('/');
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_handedOn) return;
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" }) File.Delete(file);
    }
}

/// <summary>Signs an HttpClient in through the development sign-in page, as a person would.</summary>
public static partial class DevelopmentSignIn
{
    public static async Task SignInAsAsync(this HttpClient client, string displayName)
    {
        var page = await client.GetStringAsync("/account/dev-signin");
        var form = FormPattern().Matches(page).Select(m => m.Value).SingleOrDefault(f => f.Contains($"Sign in as {displayName}<", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{displayName} is not offered on the development sign-in page.");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value,
            ["staffUserId"] = StaffIdPattern().Match(form).Groups[1].Value,
            ["returnUrl"] = "/",
        };
        var response = await client.PostAsync("/account/dev-signin", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"Signing in as {displayName} answered {(int)response.StatusCode} {response.Headers.Location}.");
        }
    }

    [GeneratedRegex("<form method=\"post\" action=\"/account/dev-signin\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"staffUserId\" value=\"([^\"]+)\"")]
    private static partial Regex StaffIdPattern();
}

/// <summary>The demo staff, one or more per role, as seeded.</summary>
public static class DemoStaff
{
    public const string Officer = "Priya Shah";
    public const string TeamLeader = "Sarah Mitchell";
    public const string HeadOfService = "James Whitfield";
    public const string ComplaintsAdmin = "Mark Ellis";
    public const string PortfolioHolder = "Cllr Janet Hughes";
}
