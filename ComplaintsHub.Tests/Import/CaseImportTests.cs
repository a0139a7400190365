using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Import;

public class CaseImport
{
    [Fact]
    public async Task ACleanFileImportsEveryRowKeepingItsReferenceAndDates()
    {
        var (database, admin) = await SetUpAsync();
        await using var _ = database;
        var list = OldList.Generate(500, broken: false);
        var seen = new List<int>();

        var result = await database.Get<CaseImporter>().ImportAsync(Csv(list), OldList.Mapping, admin, new SynchronousProgress(seen.Add));

        Assert.Equal((500, 0), (result.Imported, result.AlreadyImported));
        Assert.Equal(500, seen.Last());
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(500, await db.Complaints.CountAsync(c => c.ImportedReference != null));
        var row9 = list.Entries[7];
        var complaint = await db.Complaints.Include(c => c.Stages).Include(c => c.Timeline).SingleAsync(c => c.ImportedReference == row9.Ref);
        Assert.Equal(DateOnly.Parse(row9.Received), complaint.ReceivedOn);
        Assert.Equal(CaseStatus.Responded, complaint.Status);
        Assert.Equal(DateOnly.Parse(row9.Responded), complaint.Stage!.ResponseSentOn);
        Assert.Equal(Outcome.PartlyUpheld, complaint.Outcome);
        Assert.Equal("Housing", (await db.ServiceAreas.SingleAsync(a => a.Id == complaint.ServiceAreaId)).Name);
        var imported = complaint.Timeline.Single(e => e.Type == TimelineEventType.Imported);
        Assert.Equal("Imported from complaints.csv, row 9, where its reference was SP-1007.", imported.Summary);
    }

    [Theory]
    [InlineData("SP-1007")]
    [InlineData("sp-1007")]
    public async Task AnImportedCaseIsFoundInTheCaseListByItsOldReference(string search)
    {
        var (database, admin) = await SetUpAsync();
        await using var _ = database;
        await database.Get<CaseImporter>().ImportAsync(Csv(OldList.Generate(20, broken: false)), OldList.Mapping, admin);

        var found = await database.Get<CaseListQuery>().SearchAsync(new CaseListFilter { Search = search }, admin, 0, 25);

        Assert.Equal(1, found.Total);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(await db.Complaints.Where(c => c.ImportedReference == "SP-1007").Select(c => c.Reference).SingleAsync(), found.Rows.Single().Reference);
        var opened = Assert.IsType<CaseLookup.Found>(await database.Get<CaseQuery>().GetAsync(found.Rows.Single().Reference, admin));
        Assert.Equal("SP-1007", opened.Case.ImportedReference);
    }

    [Fact]
    public async Task ImportedCasesCountInTheQuartersTheyBelongTo()
    {
        var (database, admin) = await SetUpAsync();
        await using var _ = database;
        var list = OldList.Generate(500, broken: false);
        await database.Get<CaseImporter>().ImportAsync(Csv(list), OldList.Mapping, admin);
        var lastQuarter = ReportPeriod.QuarterContaining(TestToday.Date.AddMonths(-3));
        var expected = list.Entries.Count(e => ReportPeriod.QuarterContaining(DateOnly.Parse(e.Received)) == lastQuarter);

        Assert.NotEqual(0, expected);
        var kept = await database.Get<KpiQuery>().GetAsync(new KpiFilter(lastQuarter, null), admin);
        await using (var db = await database.Factory.CreateDbContextAsync()) await ReportingCounter.RecountAsync(db);
        var recounted = await database.Get<KpiQuery>().GetAsync(new KpiFilter(lastQuarter, null), admin);

        Assert.Equal(expected, kept.Received.Where(r => r.Stage == 1).Sum(r => r.Count));
        Assert.Equal(recounted.Received, kept.Received);
        Assert.Equal(recounted.Responses, kept.Responses);
        Assert.Equal(recounted.Trend, kept.Trend);
    }

    [Fact]
    public async Task TheSameFileTwiceAddsNothingTheSecondTime()
    {
        var (database, admin) = await SetUpAsync();
        await using var _ = database;
        var list = OldList.Generate(500, broken: false);
        await database.Get<CaseImporter>().ImportAsync(Csv(list), OldList.Mapping, admin);

        var again = await database.Get<CaseImporter>().ImportAsync(Xlsx(list), OldList.Mapping, admin);

        Assert.Equal((0, 500), (again.Imported, again.AlreadyImported));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(500, await db.Complaints.CountAsync());
        Assert.Equal(500, await db.TimelineEvents.CountAsync(e => e.Type == TimelineEventType.Imported));
    }

    [Fact]
    public async Task AFileWithProblemsImportsNothingAndSaysWhy()
    {
        var (database, admin) = await SetUpAsync();
        await using var _ = database;
        var list = OldList.Generate(500, broken: true);

        var dryRun = await database.Get<CaseImporter>().DryRunAsync(Xlsx(list), OldList.Mapping, admin);
        var result = await database.Get<CaseImporter>().ImportAsync(Xlsx(list), OldList.Mapping, admin);

        Assert.Equal(list.ExpectedProblems, dryRun.Problems);
        Assert.Equal(list.ExpectedProblems, result.Problems);
        Assert.Equal(0, result.Imported);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Complaints.CountAsync());
    }

    [Fact]
    public async Task ARowTheCaseRefusesHalfwayLeavesNothingImported()
    {
        var (database, admin) = await SetUpAsync();
        await using var _ = database;
        var list = OldList.Generate(500, broken: false);
        // Row 303 (index 301) is a housing case: the Housing Ombudsman's code allows no informal resolution.
        var rows = list.Entries.Select((e, i) => i == 301 ? e with { Outcome = "Resolved informally" } : e).ToList();
        Assert.Equal("Council Housing", rows[301].Department);
        var table = new ImportTable("complaints.csv", OldList.Headings, rows.Select((e, i) => new ImportRow(i + 2, e.Cells)).ToList());

        var result = await database.Get<CaseImporter>().ImportAsync(table, OldList.Mapping, admin);

        Assert.Equal([303], result.Problems.Select(p => p.Row));
        Assert.Equal(0, result.Imported);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Complaints.CountAsync());
        Assert.Equal(0, await db.ReferenceCounters.CountAsync());
    }

    [Theory]
    [InlineData(StaffRole.Officer)]
    [InlineData(StaffRole.TeamLeader)]
    [InlineData(StaffRole.HeadOfService)]
    public async Task OnlyTheComplaintsTeamMayImport(StaffRole role)
    {
        var (database, _) = await SetUpAsync();
        await using var __ = database;
        var someone = await SignedInAsync(database, "oid-other", role);
        var list = OldList.Generate(10, broken: false);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<CaseImporter>().DryRunAsync(Csv(list), OldList.Mapping, someone));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<CaseImporter>().ImportAsync(Csv(list), OldList.Mapping, someone));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Complaints.CountAsync());
    }

    private static ImportTable Csv(OldList list) => CsvFileReader.Read(new MemoryStream(list.ToCsv()), "complaints.csv");

    private static ImportTable Xlsx(OldList list) => XlsxFileReader.Read(new MemoryStream(list.ToXlsx()), "complaints.xlsx");

    internal static async Task<(TestDatabase, CurrentStaff)> SetUpAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var corporate = await db.Procedures.SingleAsync(p => p.Code == "Corporate");
            var housing = await db.Procedures.SingleAsync(p => p.Code == Procedure.HousingCode);
            db.ServiceAreas.AddRange(new ServiceArea("Waste", "WST", corporate.Id), new ServiceArea("Housing", "HSG", housing.Id), new ServiceArea("Parking", "PKG", corporate.Id));
            await db.SaveChangesAsync();
        }
        return (database, await SignedInAsync(database, "oid-admin", StaffRole.ComplaintsAdmin));
    }

    internal static async Task<CurrentStaff> SignedInAsync(TestDatabase database, string oid, params StaffRole[] roles)
    {
        var person = await database.Get<StaffDirectory>().RecordSignInAsync(oid, $"Person {oid}", $"{oid}@example.org", roles);
        return new CurrentStaff(person.StaffUserId, person.DisplayName, roles.ToHashSet());
    }
}
