using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// Stands in for an OpenTelemetry collector: accepts OTLP over HTTP (protobuf) on a loopback port and keeps what arrives
/// at /v1/traces, /v1/metrics and /v1/logs.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _received;

    private OtlpReceiver(WebApplication app, ConcurrentQueue<(string, byte[])> received, string endpoint)
    {
        _app = app;
        _received = received;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    /// <summary>Everything posted to a signal's path (e.g. /v1/metrics), as one run of bytes: protobuf keeps strings as UTF-8.</summary>
    public string Received(string path) =>
        string.Concat(_received.Where(r => r.Path == path).Select(r => System.Text.Encoding.UTF8.GetString(r.Body)));

    public static async Task<OtlpReceiver> StartAsync()
    {
        var received = new ConcurrentQueue<(string, byte[])>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue(($"/v1/{signal}", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OtlpReceiver(app, received, address.Replace("[::1]", "127.0.0.1").TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
