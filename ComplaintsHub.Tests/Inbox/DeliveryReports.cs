using ComplaintsHub.Core.Inbox;
using MimeKit;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>Which emails are delivery-failure reports, and which of ComplaintsHub's emails each is about.</summary>
public class DeliveryReports
{
    [Fact]
    public void AReportNamesTheOriginalsMessageIdAndTheServersReason()
    {
        var report = DeliveryReport.Read(InboxMessages.BounceOf("abc@complaintshub", "old@example.net", "550 5.1.1 user unknown"));

        Assert.Equal("abc@complaintshub", report!.OriginalMessageId);
        Assert.Contains("550 5.1.1 user unknown", report.Diagnostic);
    }

    [Fact]
    public void AReportWrappedInAnotherMultipartIsStillRead()
    {
        var bounce = InboxMessages.BounceOf("abc@complaintshub", "old@example.net", "550 5.1.1 user unknown");
        bounce.Body = new Multipart("mixed") { new TextPart("plain") { Text = "Notice from the gateway." }, bounce.Body! };

        Assert.Equal("abc@complaintshub", DeliveryReport.Read(bounce)?.OriginalMessageId);
    }

    [Fact]
    public void AnOrdinaryEmailIsNotAReport() =>
        Assert.Null(DeliveryReport.Read(InboxMessages.From("grace@example.net", "Grace", "Bounce", "My bin bounced off the lorry.")));
}
