namespace ComplaintsHub.Observability;

/// <summary>Where traces, metrics and logs go. Nothing is exported until an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector's OTLP address, e.g. http://otel-collector:4318 (HTTP) or :4317 (gRPC).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>HttpProtobuf (port 4318) or Grpc (port 4317).</summary>
    public string OtlpProtocol { get; set; } = "HttpProtobuf";

    /// <summary>The service name the collector files everything under; each instance adds its machine name.</summary>
    public string ServiceName { get; set; } = "ComplaintsHub";
}
