using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// The home page's figures for the quarter so far, each as the performance dashboard shows it for the same person
/// (with its "&lt;5" and "[c]" for councillors). Nothing here identifies a person.
/// </summary>
/// <param name="LimitedToOwnAreas">True for a team leader, whose figures cover their own service areas only.</param>
public sealed record HeadlineFigures(
    FinancialQuarter Quarter,
    bool LimitedToOwnAreas,
    KpiCell ComplaintsReceived,
    KpiCell OtherContactsReceived,
    KpiCell OpenComplaints,
    KpiCell OverdueComplaints);
