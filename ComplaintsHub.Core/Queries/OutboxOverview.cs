using ComplaintsHub.Core.Email;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// The state of email for the complaints team: the settings in force (never the password), what is waiting, what went
/// and what did not over the last seven days, and the latest problems.
/// </summary>
public sealed record OutboxOverview(bool SwitchedOn, string? Server, SmtpSecurity Security, string? FromAddress, string? AppBaseUrl, int ReminderHour,
    int Waiting, int SentLastWeek, int NotSentLastWeek, int ReturnedLastWeek, IReadOnlyList<OutboxProblemRow> Problems, IReadOnlyList<OutboxProblemRow> Tests);
