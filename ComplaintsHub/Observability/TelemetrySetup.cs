using ComplaintsHub.Core.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ComplaintsHub.Observability;

internal static class TelemetrySetup
{
    /// <summary>
    /// Traces (requests, database commands, the outbox sender), metrics (requests, runtime, ComplaintsHub's own) and logs
    /// (with their scopes: case reference and user id) to an OpenTelemetry collector, when Telemetry:OtlpEndpoint is set.
    /// </summary>
    public static void AddTelemetryFromConfiguration(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.AddOptions<TelemetryOptions>().Bind(section)
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || (Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Telemetry:OtlpEndpoint must be an http:// or https:// address, e.g. http://otel-collector:4318.")
            .Validate(o => Enum.TryParse<OtlpExportProtocol>(o.OtlpProtocol, out _), "Telemetry:OtlpProtocol must be HttpProtobuf or Grpc.")
            .ValidateOnStart();
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint) || !Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint)
            || !Enum.TryParse<OtlpExportProtocol>(options.OtlpProtocol, out var protocol))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(ComplaintsHubTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Static files and the live connection's frames say nothing an operator needs.
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/_framework") && !context.Request.Path.StartsWithSegments("/_content")
                        && !context.Request.Path.StartsWithSegments("/_blazor");
                    // A search typed into the case list travels in the query string: it may be a complainant's name.
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ComplaintsHubTelemetry.Name, "Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging(_ => { }, o =>
            {
                o.IncludeScopes = true;
                o.IncludeFormattedMessage = true;
            })
            .UseOtlpExporter(protocol, endpoint);
    }
}
