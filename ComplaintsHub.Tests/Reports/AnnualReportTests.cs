using System.Security.Cryptography;
using ComplaintsHub.Core.AnnualReporting;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Reports;

/// <summary>
/// The annual report for 2025/26 over two years of demo data (to 20 November 2026), read back from the Word document
/// and checked against the dashboard's figures for the same year.
/// </summary>
public class AnnualReport
{
    private static readonly int Year = Core.Calendar.FinancialQuarter.Containing(TestToday.Date).FinancialYearStart - 1;

    private static async Task<CurrentStaff> StaffAsync(ComplaintsHubFactory factory, string name)
    {
        var row = (await factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == name);
        return new CurrentStaff(row.Id, row.DisplayName, row.Roles.ToHashSet());
    }

    /// <summary>Every table in the document, by the key in its caption property: its rows' cell texts.</summary>
    private static Dictionary<string, List<string[]>> Tables(byte[] word, out string text)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        var body = document.MainDocumentPart!.Document.Body!;
        text = body.InnerText;
        return body.Elements<Table>().ToDictionary(
            t => t.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value!,
            t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList());
    }

    /// <summary>What the Open XML schema finds wrong with the document: Word repairs some faults silently, other readers refuse them.</summary>
    private static IEnumerable<string> SchemaErrors(byte[] word)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        return new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    private static List<string[]> AsPrinted(KpiTable table) =>
        [[.. table.LabelColumns, .. table.ValueColumns], .. table.Rows.Select(r => (string[])[.. r.Labels, .. r.Cells.Select(c => c.Text)])];

    // The year reported is the one before today's: these two run again on the awkward days. Publishing does not depend on the day.
    [Fact, Trait(TestToday.Category, TestToday.DateSensitive)]
    public async Task TheStaffCopyStatesTheDashboardsFiguresForTheYearCellForCellWithTheFourYearTrendAndTwoCharts()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var admin = await StaffAsync(factory, DemoStaff.ComplaintsAdmin);

        var draft = await factory.Get<AnnualReports>().DraftAsync(Year, KpiAudience.Staff, admin);

        var dashboard = await factory.Get<KpiQuery>().GetAsync(new KpiFilter(ReportPeriod.ForYear(Year)), admin);
        var tables = Tables(draft.Content, out var text);
        var expected = KpiTables.Build(dashboard);
        foreach (var key in new[] { KpiTables.Headline, KpiTables.ReceivedByMonth, KpiTables.ReceivedByTimescale, KpiTables.WithinByArea, KpiTables.Outcomes, KpiTables.Ombudsman, KpiTables.Contacts, KpiTables.ImprovementActions })
        {
            Assert.True(tables.ContainsKey(key), $"the report has no {key} table");
        }

        foreach (var table in expected.Where(t => tables.ContainsKey(t.Key))) Assert.Equal(AsPrinted(table), tables[table.Key]);
        var lastYear = tables[AnnualReportWord.FourYearTable][^1];
        Assert.Equal(ReportPeriod.ForYear(Year).YearLabel, lastYear[0]);
        Assert.Equal(dashboard.Stage(1).Received, int.Parse(lastYear[1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(4, tables[AnnualReportWord.FourYearTable].Count - 1);
        Assert.True(dashboard.Stage(1).Received > 50, "two years of demo data should give a busy year");
        using var document = WordprocessingDocument.Open(new MemoryStream(draft.Content), false);
        Assert.Equal(2, document.MainDocumentPart!.ChartParts.Count());
        Assert.Contains(tables.Keys, k => k.StartsWith(AnnualReportWord.SelfAssessmentTable, StringComparison.Ordinal));
        Assert.Contains("draft (not published)", text);
        Assert.Empty(SchemaErrors(draft.Content));
    }

    [Fact, Trait(TestToday.Category, TestToday.DateSensitive)]
    public async Task TheCouncillorsCopyFollowsTheDashboardsSmallNumberRulesAndCarriesNoCaseDetails()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var admin = await StaffAsync(factory, DemoStaff.ComplaintsAdmin);
        var councillor = await StaffAsync(factory, DemoStaff.PortfolioHolder);

        var draft = await factory.Get<AnnualReports>().DraftAsync(Year, KpiAudience.Councillor, admin);

        var theirs = KpiTables.Build(await factory.Get<KpiQuery>().GetAsync(new KpiFilter(ReportPeriod.ForYear(Year)), councillor));
        var tables = Tables(draft.Content, out var text);
        foreach (var table in theirs.Where(t => tables.ContainsKey(t.Key))) Assert.Equal(AsPrinted(table), tables[table.Key]);
        Assert.Contains(tables.Values.SelectMany(t => t).SelectMany(r => r), c => c is KpiCell.SuppressedText or KpiCell.WithheldText);
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var references = await db.Complaints.Select(c => c.Reference).ToListAsync();
        Assert.DoesNotContain(references, r => text.Contains(r, StringComparison.Ordinal));
        Assert.Contains("Councillors' copy", text);
        Assert.Empty(SchemaErrors(draft.Content));
        // The trend's year is the councillors' headline, withheld cells and all.
        var headline = theirs.Single(t => t.Key == KpiTables.Headline);
        Assert.Equal(
            new[] { KpiTables.Rows.Stage1Received, KpiTables.Rows.Stage2Received, KpiTables.Rows.WithinTimescale, KpiTables.Rows.OmbudsmanDecisions }.Select(k => headline.Row(k)!.Cells[0].Text),
            tables[AnnualReportWord.FourYearTable][^1][1..]);
    }

    [Fact]
    public async Task EachPublishedVersionIsKeptExactlyAsPublishedAndOnlyTheComplaintsTeamGetsTheStaffCopy()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var admin = await StaffAsync(factory, DemoStaff.ComplaintsAdmin);
        var reports = factory.Get<AnnualReports>();

        Assert.Equal(1, await reports.PublishAsync(Year, null, admin));
        var first = (await reports.VersionsAsync(admin)).Single();
        var firstPdf = (await reports.DownloadAsync(first.Id, KpiAudience.Councillor, pdfFile: true, admin))!.Content;
        Assert.Equal(2, await reports.PublishAsync(Year, "The Audit and Governance Committee welcomed the report on 14 July.", admin));

        var versions = await reports.VersionsAsync(admin);
        Assert.Equal([(2, true), (1, false)], versions.Select(v => (v.Number, v.HasResponse)));
        Assert.Equal(SHA256.HashData(firstPdf), SHA256.HashData((await reports.DownloadAsync(first.Id, KpiAudience.Councillor, pdfFile: true, admin))!.Content));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(firstPdf, 0, 4));
        Tables((await reports.DownloadAsync(versions[0].Id, KpiAudience.Staff, pdfFile: false, admin))!.Content, out var second);
        Assert.Contains("The Audit and Governance Committee welcomed the report on 14 July.", second);

        var councillor = await StaffAsync(factory, DemoStaff.PortfolioHolder);
        Assert.NotNull(await reports.DownloadAsync(first.Id, KpiAudience.Councillor, pdfFile: false, councillor));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => reports.DownloadAsync(first.Id, KpiAudience.Staff, pdfFile: false, councillor));
        var head = await StaffAsync(factory, DemoStaff.HeadOfService);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => reports.PublishAsync(Year, null, head));
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var kept = await db.AnnualReportVersions.SingleAsync(v => v.Id == first.Id);
        db.Remove(kept);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
