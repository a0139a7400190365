using System.Globalization;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// The words of every notification: subject line, plain text and HTML, each with a link to the case. A notification
/// names a case by its reference, service area, subject and category only: never the complainant or what they wrote,
/// because email leaves the council's systems and may be read on a phone or forwarded.
/// </summary>
public sealed class NotificationEmails(string appBaseUrl)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    /// <summary>A weekly table longer than this is cut short with a count of the rest: an email is not the case list.</summary>
    public const int MaxTableRows = 50;

    private readonly string _base = appBaseUrl.TrimEnd('/');

    /// <summary>The case page's address, as the case page's route has it (<c>/cases/{Reference}</c>).</summary>
    public string CaseUrl(string reference) => $"{_base}/cases/{Uri.EscapeDataString(reference)}";

    public string SettingsUrl => $"{_base}/account/notifications";

    /// <summary>"Friday 27 November 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    public NotificationEmail CaseAllocated(string toName, CaseMention c, string byName) =>
        AboutCase(toName, c, $"{byName} has allocated case {c.Reference} to you.")
            .Build($"Case {c.Reference} allocated to you");

    public NotificationEmail StageAssigned(string toName, CaseMention c, int stage, string byName) =>
        AboutCase(toName, c, $"{byName} has assigned Stage {stage} of case {c.Reference} to you to answer.")
            .Build($"Stage {stage} of case {c.Reference} assigned to you");

    public NotificationEmail DueSoon(string toName, CaseMention c, DateOnly due) =>
        AboutCase(toName, c, $"Case {c.Reference} is due on {LongDate(due)}, within 2 working days.")
            .Build($"Case {c.Reference} is due on {due.ToString("d MMMM", English)}");

    /// <summary>To the officer, or (<paramref name="toTeamLeader"/>) to the team leader of the officer named in the mention.</summary>
    public NotificationEmail Overdue(string toName, CaseMention c, DateOnly due, bool toTeamLeader) =>
        AboutCase(toName, c, toTeamLeader
                ? $"Case {c.Reference}, allocated to {c.Officer} in your team, was due on {LongDate(due)} and is now overdue."
                : $"Case {c.Reference} was due on {LongDate(due)} and is now overdue.")
            .Build($"Overdue: case {c.Reference} was due on {due.ToString("d MMMM", English)}");

    /// <summary>
    /// To the owner of an action promised in a response. What was promised is not quoted: it is the council's own wording
    /// but may name the complainant's home or family, and email leaves the council's systems. The case page shows it.
    /// </summary>
    public NotificationEmail PromisedActionDue(string toName, CaseMention c, int stage, DateOnly due, bool overdue) =>
        AboutCase(toName, c, overdue
                ? $"An action you own, promised in the Stage {stage} response to case {c.Reference}, was due on {LongDate(due)} and is not marked done."
                : $"An action you own, promised in the Stage {stage} response to case {c.Reference}, is due on {LongDate(due)}, within 2 working days.")
            .Build(overdue
                ? $"Overdue: a promised action on case {c.Reference} was due on {due.ToString("d MMMM", English)}"
                : $"A promised action on case {c.Reference} is due on {due.ToString("d MMMM", English)}");

    public NotificationEmail Weekly(string toName, WeeklyReport report)
    {
        var body = new EmailBody()
            .Paragraph($"Hello {toName},")
            .Paragraph($"This is the complaints report for the week beginning {LongDate(report.WeekBegins)}, for {Join(report.ServiceAreas)}.")
            .Facts(
                ("Open cases", Count(report.Open)),
                ("Overdue", Count(report.Overdue.Count)),
                ($"Due by {LongDate(report.WeekEnds)}", Count(report.DueThisWeek.Count)));
        CaseTable(body, "Overdue cases", report.Overdue, "No case is overdue.");
        CaseTable(body, "Due this week", report.DueThisWeek, $"No case is due by {LongDate(report.WeekEnds)}.");
        var last = report.LastWeek;
        body.Heading($"Last week ({LongDate(last.From)} to {LongDate(last.To)})")
            .Facts(
                ("Complaints received (stages opened)", Count(last.Received)),
                ("Responses sent", Count(last.Responded)),
                ("Responses sent within timescale", last.Responded == 0 ? "0" : $"{Count(last.RespondedOnTime)} ({((double)last.RespondedOnTime / last.Responded).ToString("0%", English)})"))
            .Paragraph("These figures are counted as the performance dashboard counts them.")
            .Link("See the cases due this week", $"{_base}/cases?due=week");
        return Footer(body).Build($"Complaints weekly report: {report.Overdue.Count} overdue, {report.DueThisWeek.Count} due this week");
    }

    private EmailBody AboutCase(string toName, CaseMention c, string what)
    {
        var body = new EmailBody().Paragraph($"Hello {toName},").Paragraph(what);
        var facts = new List<(string, string)> { ("Reference", c.Reference), ("Service area", c.ServiceArea), ("About", c.About) };
        if (c.Officer is { } officer) facts.Add(("Allocated to", officer));
        if (c.Due is { } due) facts.Add(("Next deadline", c.DueForWords is { } dueFor ? $"{LongDate(due)} ({dueFor})" : LongDate(due)));
        body.Facts([.. facts]).Link("Open the case", CaseUrl(c.Reference));
        return Footer(body);
    }

    private void CaseTable(EmailBody body, string heading, IReadOnlyList<CaseMention> cases, string none)
    {
        body.Heading(heading);
        if (cases.Count == 0)
        {
            body.Paragraph(none);
            return;
        }

        body.Table(["Reference", "About", "Due", "Officer"],
            cases.Take(MaxTableRows).Select(c => (IReadOnlyList<string>)[c.Reference, c.About, DueCell(c), c.Officer ?? "Not allocated"]));
        if (cases.Count > MaxTableRows) body.Paragraph($"And {Count(cases.Count - MaxTableRows)} more: the case list shows them all.");
    }

    private static string DueCell(CaseMention c) =>
        c.Due is not { } due ? "" : c.DueForWords is { } what ? $"{due.ToString("d MMM yyyy", English)} ({what})" : due.ToString("d MMM yyyy", English);

    private EmailBody Footer(EmailBody body) =>
        body.Paragraph("You can turn this kind of email off, or back on, under My email notifications in ComplaintsHub.")
            .Link("My email notifications", SettingsUrl);

    private static string Count(int n) => n.ToString("N0", English);

    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? names.FirstOrDefault() ?? "" : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
