using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>
/// Producing the annual report: a draft in Word to read before publishing, and published versions, each kept exactly as
/// published (staff and councillors' copies, Word and PDF). The complaints team produces and publishes; everyone who
/// may read the figures downloads the councillors' copy of a published version, and only the complaints team the staff copy.
/// </summary>
public sealed class AnnualReports(IDbContextFactory<ComplaintsDbContext> dbFactory, AnnualReportBuilder builder, LetterPdfWriter pdf, TimeProvider clock)
{
    public IReadOnlyList<int> Years() => ReportingYears.Offered(UkTime.Today(clock));

    /// <summary>A draft in Word, as it would be published now, with the governing body's response still to come.</summary>
    public async Task<AnnualReportFile> DraftAsync(int financialYearStart, KpiAudience audience, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireYear(financialYearStart);
        var sources = await builder.GatherAsync(financialYearStart, staff, cancellationToken);
        var word = AnnualReportWord.Write(AnnualReportBuilder.ContentFor(sources, audience, null, null));
        return new AnnualReportFile(word, AnnualReportWord.ContentType, AnnualReportWord.FileName(financialYearStart, audience, null, "docx"));
    }

    /// <returns>The new version's number.</returns>
    public async Task<int> PublishAsync(int financialYearStart, string? governingBodyResponse, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireYear(financialYearStart);
        var response = Response(governingBodyResponse);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Before the year's figures are gathered and two PDFs made: a signed-out session is refused at once.
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var sources = await builder.GatherAsync(financialYearStart, staff, cancellationToken);
        var number = 1 + (await db.AnnualReportVersions.Where(v => v.FinancialYearStart == financialYearStart).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0);
        var staffWord = AnnualReportWord.Write(AnnualReportBuilder.ContentFor(sources, KpiAudience.Staff, response, number));
        var councillorWord = AnnualReportWord.Write(AnnualReportBuilder.ContentFor(sources, KpiAudience.Councillor, response, number));
        var files = new AnnualReportFiles(staffWord, await pdf.WriteAsync(staffWord, cancellationToken), councillorWord, await pdf.WriteAsync(councillorWord, cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        db.AnnualReportVersions.Add(new AnnualReportVersion(financialYearStart, number, response, files, staff.Actor, now));
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, staff.Actor, now,
            $"Annual complaints report for {FinancialQuarter.YearLabel(financialYearStart)} published as version {number}."));
        await db.SaveRefusingClashAsync($"Someone else published version {number} of this report at the same moment. Nothing has been published: reload the page to see theirs.", cancellationToken);
        return number;
    }

    public async Task<IReadOnlyList<AnnualReportVersionRow>> VersionsAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireReader(staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AnnualReportVersions.AsNoTracking().OrderByDescending(v => v.FinancialYearStart).ThenByDescending(v => v.Number)
            .Select(v => new AnnualReportVersionRow(v.Id, v.FinancialYearStart, v.Number, v.PublishedByName, v.PublishedAt, v.GoverningBodyResponse != null))
            .ToListAsync(cancellationToken);
    }

    /// <param name="pdfFile">The PDF rather than the Word document.</param>
    public async Task<AnnualReportFile?> DownloadAsync(int versionId, KpiAudience audience, bool pdfFile, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireReader(staff);
        if (audience == KpiAudience.Staff && !staff.Has(StaffRole.ComplaintsAdmin))
        {
            throw new PermissionDeniedException("The staff copy, with the cases' own words, is for the complaints team: download the councillors' copy.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AnnualReportVersions.AsNoTracking().Where(v => v.Id == versionId);
        // Only the one file asked for is read from the database.
        var found = await ((audience, pdfFile) switch
        {
            (KpiAudience.Staff, false) => query.Select(v => new { v.FinancialYearStart, v.Number, Content = v.StaffWord }).SingleOrDefaultAsync(cancellationToken),
            (KpiAudience.Staff, true) => query.Select(v => new { v.FinancialYearStart, v.Number, Content = v.StaffPdf }).SingleOrDefaultAsync(cancellationToken),
            (_, false) => query.Select(v => new { v.FinancialYearStart, v.Number, Content = v.CouncillorWord }).SingleOrDefaultAsync(cancellationToken),
            _ => query.Select(v => new { v.FinancialYearStart, v.Number, Content = v.CouncillorPdf }).SingleOrDefaultAsync(cancellationToken),
        });
        return found is null
            ? null
            : new AnnualReportFile(found.Content, pdfFile ? "application/pdf" : AnnualReportWord.ContentType,
                AnnualReportWord.FileName(found.FinancialYearStart, audience, found.Number, pdfFile ? "pdf" : "docx"));
    }

    private static void RequireReader(CurrentStaff staff)
    {
        if (!staff.Roles.Overlaps(StaffRoles.KpiReaders)) throw new PermissionDeniedException($"The annual report is for {StaffRoles.Who(StaffRoles.KpiReaders)}.");
    }

    private void RequireYear(int financialYearStart)
    {
        ReportingYears.Require(UkTime.Today(clock), financialYearStart, "Produce the report for");
    }

    private static string? Response(string? text)
    {
        text = InputText.Clean(text)?.Trim();
        TextLimits.Require(text, TextLimits.Notes, AnnualReportFields.Response, "The governing body's response");
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
