namespace ComplaintsHub.Core.Notifications;

/// <summary>One notification as it is sent: its subject line, and the same words as plain text and as HTML.</summary>
public sealed record NotificationEmail(string Subject, string Text, string Html);
