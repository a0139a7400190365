using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Notifications;

/// <summary>The kinds of email that are a person's own notifications, each of which they may turn off.</summary>
public static class NotificationKinds
{
    /// <summary>In the order the settings page lists them. A letter is the complainant's, not a notification.</summary>
    public static IReadOnlyList<EmailKind> Personal { get; } =
        [EmailKind.CaseAllocated, EmailKind.StageAssigned, EmailKind.DueSoon, EmailKind.Overdue, EmailKind.WeeklyReport, EmailKind.PromisedActionDueSoon, EmailKind.PromisedActionOverdue];

    public static bool IsPersonal(EmailKind kind) => Personal.Contains(kind);

    public static string Title(EmailKind kind) => kind switch
    {
        EmailKind.CaseAllocated => "A case is allocated to me",
        EmailKind.StageAssigned => "Stage 2 (or later) is assigned to me",
        EmailKind.DueSoon => "A case of mine is due within 2 working days",
        EmailKind.Overdue => "A case of mine or my team's is overdue",
        EmailKind.WeeklyReport => "The weekly report on my service areas",
        EmailKind.PromisedActionDueSoon => "An action I own is due within 2 working days",
        EmailKind.PromisedActionOverdue => "An action I own is overdue",
        _ => kind.ToString(),
    };

    public static string Explanation(EmailKind kind) => kind switch
    {
        EmailKind.CaseAllocated => "Sent when someone else allocates a case to you.",
        EmailKind.StageAssigned => "Sent when someone else gives you a later stage to answer.",
        EmailKind.DueSoon => "Sent once for each deadline, on a working day, at the reminder hour.",
        EmailKind.Overdue => "Sent once for each missed deadline, to the officer and their team leader.",
        EmailKind.WeeklyReport => "For team leaders and heads of service, on the first working day of each week.",
        EmailKind.PromisedActionDueSoon => "Sent once for each date an action promised in a response is due by, on a working day, at the reminder hour.",
        EmailKind.PromisedActionOverdue => "Sent once for each date an action promised in a response was not done by, to its owner.",
        _ => "",
    };
}
