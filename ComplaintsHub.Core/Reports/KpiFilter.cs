namespace ComplaintsHub.Core.Reports;

/// <summary>What the dashboard and the workbook are for: a period, optionally one service area and one procedure.</summary>
public sealed record KpiFilter(ReportPeriod Period, int? ServiceAreaId = null, int? ProcedureId = null);
