namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One published version of a financial year's annual complaints performance and service improvement report: the staff
/// copy and the councillors' copy (small counts suppressed), each as Word and PDF, exactly as published. The context
/// refuses to change or delete one: a correction is a new version.
/// </summary>
public sealed class AnnualReportVersion
{
    private AnnualReportVersion() { }

    public AnnualReportVersion(int financialYearStart, int number, string? governingBodyResponse, AnnualReportFiles files, Actor by, DateTime at)
    {
        FinancialYearStart = financialYearStart;
        Number = number;
        GoverningBodyResponse = governingBodyResponse;
        (StaffWord, StaffPdf, CouncillorWord, CouncillorPdf) = (files.StaffWord, files.StaffPdf, files.CouncillorWord, files.CouncillorPdf);
        PublishedByName = by.Name;
        PublishedAt = at;
    }

    public int Id { get; private set; }
    public int FinancialYearStart { get; private set; }
    /// <summary>1 for the year's first published version, and so on.</summary>
    public int Number { get; private set; }
    /// <summary>The governing body's response, as printed in this version (null before it has responded).</summary>
    public string? GoverningBodyResponse { get; private set; }
    public byte[] StaffWord { get; private set; } = [];
    public byte[] StaffPdf { get; private set; } = [];
    public byte[] CouncillorWord { get; private set; } = [];
    public byte[] CouncillorPdf { get; private set; } = [];
    public string PublishedByName { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
}
