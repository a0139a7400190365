namespace ComplaintsHub.Core.Reports;

/// <summary>Who the workbook was made for and by, for its cover sheet.</summary>
public sealed record WorkbookCover(string Council, string GeneratedBy, DateTime GeneratedAtUtc);
