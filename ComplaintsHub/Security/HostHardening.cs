using System.Net;
using System.Threading.RateLimiting;
using ComplaintsHub.Auth;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Security;

/// <summary>Security headers, secure cookies, HTTPS, trusted proxies, request size and rate limits.</summary>
internal static class HostHardening
{
    public const string SignInPolicy = "sign-in";
    public const string ExportPolicy = "export";

    public static void AddHostHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestLimitsOptions>().Bind(builder.Configuration.GetSection(RequestLimitsOptions.Section))
            .Validate(o => o.MaxBodyKilobytes is >= 64 and <= 1_048_576, "RequestLimits:MaxBodyKilobytes must be between 64 and 1048576.")
            .Validate(o => o.SignInsPerMinute > 0, "RequestLimits:SignInsPerMinute must be a positive number.")
            .Validate(o => o.ExportsPerMinute > 0, "RequestLimits:ExportsPerMinute must be a positive number.")
            .ValidateOnStart();
        services.AddOptions<ReverseProxyOptions>().Bind(builder.Configuration.GetSection(ReverseProxyOptions.Section))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ReverseProxy:KnownProxies must be IP addresses, e.g. 10.0.0.4.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "ReverseProxy:KnownNetworks must be networks in CIDR form, e.g. 10.0.0.0/24.")
            .ValidateOnStart();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, proxies) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback (a proxy on the same machine) until the council names its own; then only those.
            if (proxies.Value.KnownProxies.Count + proxies.Value.KnownNetworks.Count > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
            }

            foreach (var proxy in proxies.Value.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.Value.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue($"{RequestLimitsOptions.Section}:MaxBodyKilobytes", new RequestLimitsOptions().MaxBodyKilobytes) * 1024L);

        // The sign-in cookie is HTTPS-only outside Development (AuthenticationSetup). The antiforgery cookie keeps its
        // default, Secure whenever the request is HTTPS (always, behind a named proxy): set to Always, antiforgery
        // refuses to render any form on a request it sees as plain HTTP, which a mis-set proxy would turn into an outage.

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync("Too many requests in the last minute. Wait a minute and try again.", cancellationToken);
            };
            o.AddPolicy(SignInPolicy, context => PerMinute(context, context.Connection.RemoteIpAddress?.ToString(), limits => limits.SignInsPerMinute));
            o.AddPolicy(ExportPolicy, context => PerMinute(context, context.User.StaffId()?.ToString() ?? context.Connection.RemoteIpAddress?.ToString(), limits => limits.ExportsPerMinute));
        });
    }

    /// <summary>Before everything else: the proxy's headers are read first, and every response gets the security headers.</summary>
    public static void UseHostHardening(this WebApplication app, SignInMode mode)
    {
        app.UseForwardedHeaders();
        var identityProvider = mode == SignInMode.EntraId && Uri.TryCreate(app.Configuration["AzureAd:Instance"], UriKind.Absolute, out var instance)
            ? instance.GetLeftPart(UriPartial.Authority)
            : null;
        app.UseMiddleware<SecurityHeadersMiddleware>(SecurityHeadersMiddleware.PolicyFor(identityProvider));
        // A body declared too large is refused at once with 413, before antiforgery or a form reader meets it (they would
        // answer a vaguer 400); Kestrel's own limit catches one sent without a declared length.
        var maxBody = app.Services.GetRequiredService<IOptions<RequestLimitsOptions>>().Value.MaxBodyKilobytes * 1024L;
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength <= maxBody || context.Request.ContentLength is null) return next(context);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Load balancers probe /health over plain HTTP inside the network; everything else is sent to HTTPS where the
            // app knows an HTTPS port (behind a proxy that ends TLS it knows none, and the proxy redirects instead).
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }
    }

    /// <summary>
    /// A fixed one-minute window per <paramref name="key"/>. A request from no address at all comes from inside the process
    /// (the test host), never from a caller, and is not limited.
    /// </summary>
    private static RateLimitPartition<string> PerMinute(HttpContext context, string? key, Func<RequestLimitsOptions, int> permits) =>
        context.Connection.RemoteIpAddress is null || key is null
            ? RateLimitPartition.GetNoLimiter("in-process")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits(context.RequestServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
