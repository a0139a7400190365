namespace ComplaintsHub.Core.Domain;

/// <summary>The four files of a published annual report: each copy as Word and PDF.</summary>
public sealed record AnnualReportFiles(byte[] StaffWord, byte[] StaffPdf, byte[] CouncillorWord, byte[] CouncillorPdf);
