using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

/// <summary>Stage responses sent in the period, with the working-day totals the averages are made from.</summary>
public sealed record ResponseFigure(int ServiceAreaId, int ProcedureId, int Stage, Outcome? Outcome, bool Late, int Count, int TotalWorkingDays, int TotalWorkingDaysLate, int MaxWorkingDaysLate);
