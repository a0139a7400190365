using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// One complaint stage counted in the period (opened or answered in it): the rows behind the figures, for staff.
/// No complainant's name, contact details or case text: the reference leads to the case for those who may open it.
/// </summary>
public sealed record KpiCaseRow(
    string Reference, string ServiceArea, string? Subject, string? Category, string Procedure, int Stage, DateOnly OpenedOn,
    DateOnly? AcknowledgedOn, DateOnly? ResponseDue, int ExtendedByWorkingDays, DateOnly? ResponseSentOn, int? WorkingDaysToRespond, int? WorkingDaysLate,
    Outcome? Outcome, CaseStatus Status, string? AllocatedOfficer);
