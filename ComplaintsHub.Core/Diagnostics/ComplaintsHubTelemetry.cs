using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ComplaintsHub.Core.Diagnostics;

/// <summary>
/// ComplaintsHub's own traces and metrics, on .NET's built-in types so that Core needs no telemetry library; the web
/// host exports them (OpenTelemetry) when configured. No tag ever carries a complainant's details.
/// </summary>
public static class ComplaintsHubTelemetry
{
    public const string Name = "ComplaintsHub";

    public static readonly ActivitySource Activities = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Case changes saved, tagged with the command (e.g. CloseCase).</summary>
    public static readonly Counter<long> CaseChanges = Meter.CreateCounter<long>("complaintshub.case.changes", "{change}", "Case changes saved");

    /// <summary>Emails the outbox tried to send, tagged with the outcome: sent, retrying or failed.</summary>
    public static readonly Counter<long> OutboxEmails = Meter.CreateCounter<long>("complaintshub.outbox.emails", "{email}", "Emails the outbox tried to send, by outcome");

    /// <summary>Emails due to go and not yet gone, read at each pass of the sender.</summary>
    public static readonly Gauge<long> OutboxWaiting = Meter.CreateGauge<long>("complaintshub.outbox.waiting", "{email}", "Emails due and not yet sent");

    /// <summary>Sign-ins refused after the identity provider accepted them, tagged with the reason.</summary>
    public static readonly Counter<long> SignInsRefused = Meter.CreateCounter<long>("complaintshub.signin.refused", "{sign-in}", "Sign-ins refused, by reason");

    /// <summary>Requests that needed sign-in while the identity provider could not be reached.</summary>
    public static readonly Counter<long> SignInUnavailable = Meter.CreateCounter<long>("complaintshub.signin.unavailable", "{request}", "Requests that found sign-in unavailable");
}
