namespace ComplaintsHub.Core.Notifications;

/// <summary>A member of staff a notification can go to: active, with an email address, and who has not turned the kind off.</summary>
public sealed record NotificationRecipient(Guid Id, string Name, string Email);
