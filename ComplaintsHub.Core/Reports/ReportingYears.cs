using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Reports;

/// <summary>The financial years the annual work is done for: the one just ended first (the annual letters, self-assessment and report follow it), the three before, then the current one.</summary>
public static class ReportingYears
{
    public static IReadOnlyList<int> Offered(DateOnly today)
    {
        var current = FinancialQuarter.Containing(today).FinancialYearStart;
        return [.. Enumerable.Range(1, 4).Select(back => current - back), current];
    }

    /// <summary>Refuses a year that is not offered, saying what the person was doing: "Produce the report for", "Assess".</summary>
    public static void Require(DateOnly today, int financialYearStart, string doing)
    {
        if (!Offered(today).Contains(financialYearStart)) throw new DomainException($"{doing} one of the last four financial years or this one.");
    }
}
