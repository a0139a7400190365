using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Reports;

/// <summary>Which period the dashboard opens on, and that the running quarter stays one choice away.</summary>
public class ReportPeriodDefault
{
    [Theory]
    [InlineData("2026-11-20", "2026-Q2", "1 July 2026", "30 September 2026")]   // the suite's today: Q3 is running
    [InlineData("2027-04-01", "2026-Q4", "1 January 2027", "31 March 2027")]   // first day of a financial year: last year's Q4
    [InlineData("2027-03-31", "2026-Q3", "1 October 2026", "31 December 2026")] // last day of a quarter: it is not over yet
    [InlineData("2026-07-01", "2026-Q1", "1 April 2026", "30 June 2026")]
    public void TheLastCompleteQuarterIsTheOneBeforeTheQuarterTodayIsIn(string today, string key, string start, string end)
    {
        var period = ReportPeriod.LastCompleteQuarter(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(key, period.Key);
        Assert.Equal($"{start} to {end}", $"{period.Start:d MMMM yyyy} to {period.End:d MMMM yyyy}");
    }

    [Fact]
    public void OnTheSuitesTodayTheDefaultIsJulyToSeptember2026AndTheRunningQuarterIsStillTheFirstChoice()
    {
        var period = ReportPeriod.LastCompleteQuarter(TestToday.Named);

        var choices = ReportPeriod.Choices(TestToday.Named, period);

        Assert.Equal("Q2 2026/27 (1 July 2026 to 30 September 2026)", period.LongLabel);
        Assert.Equal(["Q3 2026/27", "Q2 2026/27"], choices.Take(2).Select(c => c.Label));
        Assert.Single(choices, c => c.Key == period.Key);
    }
}
