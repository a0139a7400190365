using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright cannot download its own browsers here). A missing browser
/// is a test failure with the fix in the message, never a skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("COMPLAINTSHUB_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium is not installed at {executable}. Install Debian's package: apt-get install -y chromium (or set COMPLAINTSHUB_CHROMIUM).");
        }

        // Expect() has its own 5-second default, separate from the actions' timeout; on two busy cores a Blazor
        // circuit can take longer than that to connect while the rest of the suite runs alongside.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // The machine has no network beyond the loopback: stop Chromium's background calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private readonly List<(IBrowserContext Context, string BaseUrl)> _open = [];

    // The accessibility sweep opens two pages at once.
    private readonly SemaphoreSlim _opening = new(1, 1);

    /// <summary>
    /// A page in a context of its own. A page for another server than the open pages' closes them first: the browser
    /// tests run one at a time (one collection) and each starts its own server, so those pages belong to a test that has
    /// ended and stopped its server. Left open, each one's Blazor client kept trying to reconnect, and a dozen of them took
    /// about a core and a half of a two-core CI machine away from the tests still running.
    /// </summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        IBrowserContext context;
        await _opening.WaitAsync();
        try
        {
            foreach (var (open, _) in _open.Where(o => o.BaseUrl != baseUrl).ToList())
            {
                await open.CloseAsync();
                _open.RemoveAll(o => o.Context == open);
            }

            context = await Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = baseUrl, Locale = "en-GB", ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            });
            _open.Add((context, baseUrl));
        }
        finally
        {
            _opening.Release();
        }

        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        // Chromium reports what the content security policy blocked on the console only.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) _blocked.Add((page, $"{page.Url}: {message.Text}"));
        };
        return page;
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<(IPage Page, string Message)> _blocked = [];

    /// <summary>What the app's content security policy blocked on this page so far (none, if the policy fits the app).</summary>
    public IReadOnlyList<string> ContentSecurityPolicyViolations(IPage page) => _blocked.Where(b => b.Page == page).Select(b => b.Message).ToList();
}
