namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>A published version as listed: which year, its number, who published it and when, and whether it carries the governing body's response.</summary>
public sealed record AnnualReportVersionRow(int Id, int FinancialYearStart, int Number, string PublishedBy, DateTime PublishedAt, bool HasResponse);
