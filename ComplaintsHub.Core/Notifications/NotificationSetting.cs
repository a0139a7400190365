using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Notifications;

/// <summary>One switch on "My email notifications": a kind of email and whether this person gets it.</summary>
public sealed record NotificationSetting(EmailKind Kind, string Title, string Explanation, bool IsOn);
