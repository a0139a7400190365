using System.Text;
using MimeKit;

namespace ComplaintsHub.Core.Inbox;

/// <summary>
/// A mail server's report that an email could not be delivered (multipart/report; report-type=delivery-status): which
/// email it was about (the original's Message-ID, from the returned message or its headers) and what the server said.
/// </summary>
public sealed record DeliveryReport(string OriginalMessageId, string Diagnostic)
{
    /// <summary>The report, or null when the message is not a delivery-status report that names its original.</summary>
    public static DeliveryReport? Read(MimeMessage message)
    {
        // Some servers wrap the report in a multipart/mixed of their own, so look at every part, not just the body.
        MultipartReport? report = null;
        using (var parts = new MimeIterator(message))
        {
            while (report is null && parts.MoveNext())
            {
                if (parts.Current is MultipartReport candidate && string.Equals(candidate.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase)) report = candidate;
            }
        }

        if (report is null) return null;
        var originalId = report.OfType<MessagePart>().Select(p => p.Message?.MessageId).FirstOrDefault(id => !string.IsNullOrWhiteSpace(id));
        if (originalId is null) return null;
        return new DeliveryReport(originalId, Describe(report));
    }

    private static string Describe(MultipartReport report)
    {
        var text = new StringBuilder();
        foreach (var status in report.OfType<MessageDeliveryStatus>())
        {
            // The first group describes the message; each further group one recipient.
            foreach (var group in status.StatusGroups.Skip(1))
            {
                var parts = new[] { group["Final-Recipient"], group["Action"], group["Status"], group["Diagnostic-Code"] }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim());
                text.AppendLine(string.Join("; ", parts));
            }
        }

        if (text.Length == 0 && report.OfType<TextPart>().FirstOrDefault() is { } human) text.Append(human.Text.Trim());
        var diagnostic = text.ToString().Trim();
        return diagnostic.Length == 0 ? "The mail server reported that the email could not be delivered." : diagnostic;
    }
}
