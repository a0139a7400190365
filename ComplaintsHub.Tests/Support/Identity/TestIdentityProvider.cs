using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ComplaintsHub.Tests.Support.Identity;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a loopback port, standing in for Entra ID: its address is laid out
/// like Entra's (<c>{instance}{tenant}/v2.0</c>), it has a sign-in page that asks for a user name and password, and its
/// ID tokens carry Entra's claims (<c>oid</c>, <c>tid</c>, <c>name</c>, <c>preferred_username</c>, <c>roles</c>).
/// The app reaches it only through its AzureAd settings.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private const string SessionScheme = "TestTenantSession";
    private readonly WebApplication _app;
    private readonly string _storePath;
    private readonly ConcurrentDictionary<string, TestIdentityUser> _users;

    private TestIdentityProvider(WebApplication app, string storePath, ConcurrentDictionary<string, TestIdentityUser> users, string baseUrl)
    {
        _app = app;
        _storePath = storePath;
        _users = users;
        BaseUrl = baseUrl;
    }

    /// <summary>Scheme, host and port, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; }

    /// <summary>What AzureAd:Instance is set to, as https://login.microsoftonline.com/ is for Entra.</summary>
    public string Instance => BaseUrl + "/";

    /// <summary>Changes what the tenant says about someone from their next sign-in (a new name, roles added or taken away).</summary>
    public void Update(TestIdentityUser user) => _users[user.UserName] = user;

    public static async Task<TestIdentityProvider> StartAsync(IEnumerable<TestIdentityUser> users)
    {
        var people = new ConcurrentDictionary<string, TestIdentityUser>(users.ToDictionary(u => u.UserName), StringComparer.OrdinalIgnoreCase);
        var storePath = Path.Combine(Path.GetTempPath(), "complaintshub-tests", $"idp-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(storePath)!);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddDbContext<DbContext>(o => o.UseSqlite($"Data Source={storePath}").UseOpenIddict());
        builder.Services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "TestTenant.Session";
            o.LoginPath = "/login";
        });
        builder.Services.AddAuthorization();
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                // Relative to the issuer, which is the request's base address including the tenant path, as Entra's are.
                o.SetAuthorizationEndpointUris("oauth2/v2.0/authorize").SetEndSessionEndpointUris("oauth2/v2.0/logout");
                // Entra's web-app sign-in with "ID tokens" ticked: the ID token comes straight back in a form post.
                o.AllowImplicitFlow();
                o.DisableScopeValidation();
                o.IgnoreEndpointPermissions().IgnoreGrantTypePermissions().IgnoreResponseTypePermissions().IgnoreScopePermissions();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        app.UsePathBase($"/{TestTenant.TenantId}/v2.0");
        app.UseAuthentication();
        app.MapGet("/login", (string? returnUrl) => Results.Content(LoginPage(returnUrl, error: false), "text/html"));
        app.MapPost("/login", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var returnUrl = form["returnUrl"].ToString();
            if (!people.TryGetValue(form["username"].ToString(), out var user) || form["password"] != TestIdentityUser.Password)
            {
                return Results.Content(LoginPage(returnUrl, error: true), "text/html");
            }

            var session = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], SessionScheme);
            await context.SignInAsync(SessionScheme, new ClaimsPrincipal(session));
            return Results.Redirect(returnUrl.StartsWith('/') ? returnUrl : "/");
        });
        app.MapMethods("/oauth2/v2.0/authorize", ["GET", "POST"], async (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var session = await context.AuthenticateAsync(SessionScheme);
            if (!session.Succeeded || !people.TryGetValue(session.Principal!.Identity!.Name!, out var user))
            {
                return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString }, [SessionScheme]);
            }

            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, "name", "roles");
            identity.SetClaim(Claims.Subject, user.ObjectId)
                .SetClaim("oid", user.ObjectId)
                .SetClaim("tid", TestTenant.TenantId)
                .SetClaim("name", user.DisplayName)
                .SetClaim("preferred_username", user.UserName)
                .SetClaims("roles", [.. user.Roles]);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapMethods("/oauth2/v2.0/logout", ["GET", "POST"], async (HttpContext context) =>
        {
            await context.SignOutAsync(SessionScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestIdentityProvider(app, storePath, people, address.Replace("[::1]", "127.0.0.1").TrimEnd('/'));
    }

    /// <summary>Registers the app at <paramref name="appBaseUrl"/> as the tenant's client, as an app registration's redirect URIs do.</summary>
    public async Task RegisterAppAsync(string appBaseUrl)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var existing = await applications.FindByClientIdAsync(TestTenant.ClientId);
        var descriptor = new OpenIddictApplicationDescriptor { ClientId = TestTenant.ClientId, ClientType = ClientTypes.Public, DisplayName = "ComplaintsHub" };
        if (existing is not null) await applications.PopulateAsync(descriptor, existing);
        descriptor.RedirectUris.Add(new Uri($"{appBaseUrl}/signin-oidc"));
        descriptor.PostLogoutRedirectUris.Add(new Uri($"{appBaseUrl}/signout-callback-oidc"));
        if (existing is null) await applications.CreateAsync(descriptor);
        else await applications.UpdateAsync(existing, descriptor);
    }

    private static string LoginPage(string? returnUrl, bool error)
    {
        var back = HtmlEncoder.Default.Encode(returnUrl ?? "/");
        return $"""
            <!DOCTYPE html>
            <html lang="en-GB"><head><title>Sign in to your account</title></head>
            <body>
              <h1>Sign in</h1>
              {(error ? "<p role=\"alert\">Your account or password is incorrect.</p>" : "")}
              <form method="post" action="login">
                <input type="hidden" name="returnUrl" value="{back}">
                <label>Email address <input name="username" type="email" autocomplete="username"></label>
                <label>Password <input name="password" type="password" autocomplete="current-password"></label>
                <button type="submit">Sign in</button>
              </form>
            </body></html>
            """;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_storePath);
    }
}
