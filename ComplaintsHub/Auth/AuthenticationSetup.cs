using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;

namespace ComplaintsHub.Auth;

public static class AuthenticationSetup
{
    public const string LoginPath = "/account/login";
    public const string DevelopmentSignInPath = "/account/dev-signin";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string SignedOutPath = "/account/signed-out";
    public const string EntraSignOutPath = "/account/sign-out-of-entra";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(9);

    /// <summary>
    /// Entra ID everywhere, except in the Development environment with no tenant configured, where the
    /// development sign-in stands in. Any other combination stops start-up with the settings to fix.
    /// </summary>
    public static SignInMode DecideMode(IHostEnvironment environment, IConfiguration configuration)
    {
        var development = configuration.GetSection(DevelopmentSignInOptions.Section).Get<DevelopmentSignInOptions>() ?? new();
        var azureAd = configuration.GetSection("AzureAd");
        var tenantConfigured = !string.IsNullOrWhiteSpace(azureAd["ClientId"]) && !string.IsNullOrWhiteSpace(azureAd["TenantId"]);

        if (development.Enabled && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"DevelopmentSignIn:Enabled is true in the {environment.EnvironmentName} environment. The development sign-in lets anyone act as any member of staff, " +
                "so it only works in Development. Remove the setting (or set it to false) and configure Entra ID under AzureAd.");
        }

        if (development.Enabled && !tenantConfigured) return SignInMode.Development;

        if (!tenantConfigured || string.IsNullOrWhiteSpace(azureAd["Instance"]))
        {
            throw new InvalidOperationException(
                "Sign-in is not configured. Set AzureAd:Instance (https://login.microsoftonline.com/), AzureAd:TenantId and AzureAd:ClientId from the " +
                "Entra app registration (see README, \"Configure Entra ID\"), or, on a developer machine, run in the Development environment " +
                "with DevelopmentSignIn:Enabled=true.");
        }

        return SignInMode.EntraId;
    }

    public static SignInMode AddComplaintsHubAuthentication(this WebApplicationBuilder builder)
    {
        var mode = DecideMode(builder.Environment, builder.Configuration);
        var services = builder.Services;
        services.AddOptions<SessionOptions>().Bind(builder.Configuration.GetSection(SessionOptions.Section))
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero, "Session:RevalidationInterval must be a positive time span, e.g. 00:01:00.")
            .ValidateOnStart();

        if (mode == SignInMode.Development)
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(o => ConfigureCookie(o, DevelopmentSignInPath, builder.Environment));
        }
        else
        {
            services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(o =>
                {
                    builder.Configuration.Bind("AzureAd", o);
                    // Identity.Web copies this onto the handler itself; set only on the handler's options, it is overwritten.
                    o.MapInboundClaims = false;
                }, c => ConfigureCookie(c, LoginPath, builder.Environment));
            // Read before ASP.NET Core's own post-configuration builds the metadata retriever. Identity.Web does not pass it on.
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme,
                o => o.RequireHttpsMetadata = builder.Configuration.GetValue("AzureAd:RequireHttpsMetadata", true));
            // After all of Identity.Web's configuration (it maps claims in a configuration of its own that runs late), so that
            // these settings stand and its events are kept and wrapped rather than replaced.
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                // Keep the token's claim names (oid, roles, name): mapped, "roles" would become a long URI that neither the
                // policies nor the staff record read, and every Entra user would arrive with no role.
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = StaffClaims.RoleType;
                o.TokenValidationParameters.NameClaimType = StaffClaims.NameType;
                // A single-tenant app accepts its own tenant's v2.0 issuer, which is also what Identity.Web's issuer check
                // compares with first, so it need not fetch the issuer list from Microsoft's addresses.
                o.TokenValidationParameters.ValidIssuer = $"{builder.Configuration["AzureAd:Instance"]?.TrimEnd('/')}/{builder.Configuration["AzureAd:TenantId"]}/v2.0";
                var validated = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await validated(context);
                    if (context.Result is null) await EntraSignIn.OnTokenValidatedAsync(context);
                };
                o.Events.OnRemoteFailure = EntraSignIn.OnRemoteFailureAsync;
            });
            services.AddSingleton<IdentityProviderAvailability>();
            services.AddHealthChecks().AddCheck<IdentityProviderHealthCheck>("sign-in");
        }

        // Both modes sign in to the same cookie scheme (Microsoft.Identity.Web's default), and named options reach it
        // whichever of them registered it: the cookie then carries only a session key and the ticket lives in the database.
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<DatabaseTicketStore>((o, store) => o.SessionStore = store);

        services.AddSingleton(new SignInModeInfo(mode));
        services.AddCascadingAuthenticationState();
        // Replace, not add: the Blazor server services register their own provider, and whichever came last would win.
        services.RemoveAll<AuthenticationStateProvider>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingStaffAuthenticationStateProvider>();
        return mode;
    }

    /// <summary>With Entra, a request that needs sign-in while Entra cannot be reached gets a page saying so (see <see cref="SignInUnavailableMiddleware"/>).</summary>
    public static void UseSignInUnavailablePage(this WebApplication app, SignInMode mode)
    {
        if (mode == SignInMode.EntraId) app.UseMiddleware<SignInUnavailableMiddleware>();
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, string loginPath, IHostEnvironment environment)
    {
        options.LoginPath = loginPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.Cookie.Name = "ComplaintsHub.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // HTTPS only outside Development (a developer's machine may serve plain HTTP on a name other than localhost).
        options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = SessionLifetime;
        // No per-request check of the staff record is needed: the session store finds no ticket for someone whose access is off.
        options.Events.OnSigningOut = EndEverySessionAsync;
    }

    /// <summary>Signing out in one browser signs the person out everywhere: every copy of every cookie, and every open page.</summary>
    private static async Task EndEverySessionAsync(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.StaffId() is not { } staffId) return;
        // Not the request's token: the sign-out must finish even if the browser goes away meanwhile.
        await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndAllAsync(staffId, CancellationToken.None);
    }
}
