using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Tests.Domain;

public class NotificationEmailWording
{
    private static readonly NotificationEmails Emails = new("https://complaints.ashbury.gov.uk");

    [Fact]
    public void DatesAreWrittenTheBritishWay()
    {
        Assert.Equal("Friday 20 November 2026", NotificationEmails.LongDate(new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void TheDeadlineSaysWhatItIsFor()
    {
        var mention = new CaseMention("CMP-2026-00001", "Housing", "Damp and mould", "Delay", new DateOnly(2026, 11, 30), "Priya Shah", DueKind.Acknowledgement);

        var email = Emails.DueSoon("Priya Shah", mention, new DateOnly(2026, 11, 30));

        Assert.Contains("Next deadline: Monday 30 November 2026 (acknowledgement)\n", email.Text);
        Assert.Contains("About: Damp and mould (Delay)\n", email.Text);
    }

    [Fact]
    public void AWeeklyTableStopsAtFiftyRowsAndSaysHowManyMore()
    {
        var overdue = Enumerable.Range(1, NotificationEmails.MaxTableRows + 7)
            .Select(i => new CaseMention($"CMP-2026-{i:00000}", "Housing", null, null, new DateOnly(2026, 11, 2), "Priya Shah")).ToList();
        var report = new WeeklyReport(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6), ["Housing"], overdue.Count, overdue, [],
            new WeeklyFigures(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), 0, 0, 0));

        var email = Emails.Weekly("Sarah Mitchell", report);

        Assert.Equal(NotificationEmails.MaxTableRows, email.Text.Split('\n').Count(l => l.StartsWith("CMP-", StringComparison.Ordinal)));
        Assert.Contains("And 7 more: the case list shows them all.", email.Text);
        Assert.Equal("Complaints weekly report: 57 overdue, 0 due this week", email.Subject);
    }

    [Fact]
    public void TheWeeklyReportSentOnATuesdayIsForTheWeekBeginningMonday()
    {
        var report = new WeeklyReport(new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 4), new DateOnly(2027, 5, 9), ["Housing"], 0, [], [],
            new WeeklyFigures(new DateOnly(2027, 4, 26), new DateOnly(2027, 5, 2), 3, 2, 1));

        var email = Emails.Weekly("Sarah Mitchell", report);

        Assert.Contains("the week beginning Monday 3 May 2027", email.Text);
        Assert.Contains("Responses sent within timescale: 1 (50%)\n", email.Text);
    }
}
