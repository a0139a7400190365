namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>A report file to download: its bytes, content type and file name.</summary>
public sealed record AnnualReportFile(byte[] Content, string ContentType, string FileName);
