namespace ComplaintsHub.Core.Notifications;

/// <summary>One person's weekly report, before it is written as an email.</summary>
public sealed record AddressedWeeklyReport(NotificationRecipient To, WeeklyReport Report);
