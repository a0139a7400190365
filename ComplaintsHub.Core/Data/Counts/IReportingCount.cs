namespace ComplaintsHub.Core.Data.Counts;

/// <summary>
/// A table of reporting counts: its primary key (<c>[PrimaryKey]</c> on the class) is what a row counts, and every other
/// property is a whole number added to as cases change. That is the whole declaration: <see cref="ReportingCounter"/>
/// reads the table, key and column names from the EF model, and recounts every table that implements this.
/// </summary>
/// <remarks>
/// Counts kept beside the cases so that a quarter's KPIs read a few thousand rows rather than one per case
/// (docs/decisions/0007). Nobody writes these rows: ReportingCounter adjusts them in the same transaction as every save
/// that adds, changes or removes a stage or a case, and recounts them from the cases when they were counted by an earlier
/// definition (<see cref="ReportingCounter.CountsVersion"/>). Key columns cannot be null, so "none recorded" is stored
/// as 0 (ids) or "" (outcome).
/// </remarks>
public interface IReportingCount;
