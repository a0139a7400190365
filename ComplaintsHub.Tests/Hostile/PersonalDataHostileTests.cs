using System.Net;
using ClosedXML.Excel;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>Someone trying to reach personal data outside their service areas, through the services and the web app.</summary>
[Trait("Category", "Hostile")]
public class PersonalData(AppFixture app) : IClassFixture<AppFixture>
{
    private static ReportPeriod LastQuarter => ReportPeriod.ForQuarter(ReportPeriod.QuarterContaining(TestToday.Date).LastQuarter.Previous);

    public static TheoryData<string?> UnusableReasons() => new()
    {
        null,
        "",
        "          ",
        "\t\n\r\t\n\r\t\n\r",
        "because",
        "aaaaaaaaaaaaaaaaaaaa",                     // one "word" of twenty letters says nothing
        "   ab   cd      ",                         // padded to the minimum with spaces
        "Caller asked\u000B for her address",        // vertical tab pasted from another system
        "Caller asked\u0000 for her address",        // NUL
        "Caller asked\u001B[2J for her address",     // terminal escape
        string.Join(' ', Enumerable.Repeat("reason", 72)), // 503 characters
    };

    [Theory, MemberData(nameof(UnusableReasons))]
    public async Task AnUnusableReasonRevealsNothingAndWritesNothingToTheLog(string? reason)
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var result = await world.Logging.RevealComplainantAsync(world.GraceId, reason, world.Staff[PersonalDataWorld.Officer]);

        Assert.Null(result.Match);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Equal(0, await world.AccessLogLinesAsync());
    }

    [Fact]
    public async Task AReasonOfTheLongestAllowedLengthIsKeptWhole()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var reason = string.Join(' ', Enumerable.Repeat("why", 125)).PadRight(PersonalDataAccess.MaxReasonLength, '!');

        var result = await world.Logging.RevealComplainantAsync(world.GraceId, reason, world.Staff[PersonalDataWorld.Officer]);

        Assert.True(result.Revealed);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(PersonalDataAccess.MaxReasonLength, (await db.PersonalDataAccessLog.SingleAsync()).Reason.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task RevealingSomeoneWhoIsNotOnRecordShowsNothingAndWritesNothing(int complainantId)
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var result = await world.Logging.RevealComplainantAsync(complainantId, "Checking who this caller is before logging.", world.Staff[PersonalDataWorld.Officer]);

        Assert.Null(result.Match);
        Assert.Equal(0, await world.AccessLogLinesAsync());
    }

    [Fact]
    public async Task ACouncillorCannotRevealAnyonesDetailsWhateverTheReason()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Logging.RevealComplainantAsync(world.GraceId, "A constituent asked me to chase this.", world.Staff[PersonalDataWorld.Councillor]));
        Assert.Equal(0, await world.AccessLogLinesAsync());
    }

    [Theory]
    [InlineData("%%")]
    [InlineData("__")]
    [InlineData("%z")]
    [InlineData("' OR '1'='1")]
    [InlineData("\"; DROP TABLE Complainants; --")]
    [InlineData("[a-z]%")]
    public async Task ASearchTermThatLooksLikeAPatternFindsNoOne(string term)
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var matches = await world.Logging.FindComplainantsAsync(term, world.Staff[PersonalDataWorld.ComplaintsTeam]);

        Assert.Empty(matches);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.Complainants.CountAsync());
    }

    [Fact]
    public async Task AVeryLongSearchTermFindsNoOneAndDoesNotFail()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        Assert.Empty(await world.Logging.FindComplainantsAsync(new string('z', 100_000), world.Staff[PersonalDataWorld.Officer]));
    }

    [Fact]
    public async Task ACaseListSearchTooLongToMatchAnythingFindsNothingAndDoesNotFail()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var page = await world.Database.Get<CaseListQuery>().SearchAsync(new CaseListFilter { Search = new string('z', 100_000) }, world.Staff[PersonalDataWorld.ComplaintsTeam], 0, 10);

        Assert.Equal(0, page.Total);
    }

    [Theory]
    [InlineData("zysk")]
    [InlineData("07700900456")]
    [InlineData("grace.z@example.org")]
    public async Task TheCaseListDoesNotFindAnotherAreasComplainant(string term)
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var list = world.Database.Get<CaseListQuery>();

        var officer = await list.SearchAsync(new CaseListFilter { Search = term }, world.Staff[PersonalDataWorld.Officer], 0, 10);
        var housing = await list.SearchAsync(new CaseListFilter { Search = term }, world.Staff[PersonalDataWorld.HousingOfficer], 0, 10);

        Assert.Equal((0, 1), (officer.Total, housing.Total));
    }

    [Fact]
    public async Task AnotherAreasCaseReferenceDoesNotLeadToItsComplainant()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var officer = await world.Logging.FindComplainantsAsync(world.GraceCase, world.Staff[PersonalDataWorld.Officer]);
        var housing = await world.Logging.FindComplainantsAsync(world.GraceCase, world.Staff[PersonalDataWorld.HousingOfficer]);

        Assert.Empty(officer);
        Assert.Equal([world.GraceId], housing.Select(m => m.Id));
    }

    [Fact]
    public async Task AFormCarryingAnotherAreasComplainantIdLinksTheCaseAndTheLinkIsLogged()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var officer = world.Staff[PersonalDataWorld.Officer];

        // Not chosen from the search: the id typed into a tampered form.
        var result = await world.Logging.LogAsync(PersonalDataWorld.Complaint(world.Areas["Parking"], existingComplainantId: world.GraceId), officer);

        Assert.True(result.Saved);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var line = await db.PersonalDataAccessLog.SingleAsync();
        Assert.Equal((officer.StaffUserId, world.GraceId, result.Reference), (line.StaffUserId, line.ComplainantId, line.CaseReference));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    public async Task AFormNamingSomeoneNotOnRecordIsRefusedAndNothingIsSaved(int complainantId)
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        await using var before = await world.Database.Factory.CreateDbContextAsync();
        var cases = await before.Complaints.CountAsync();

        var result = await world.Logging.LogAsync(PersonalDataWorld.Complaint(world.Areas["Parking"], existingComplainantId: complainantId), world.Staff[PersonalDataWorld.Officer]);

        Assert.False(result.Saved);
        Assert.True(result.Errors.ContainsKey(ContactLogFields.Complainant));
        await using var after = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal((cases, 0), (await after.Complaints.CountAsync(), await after.PersonalDataAccessLog.CountAsync()));
    }

    [Fact]
    public async Task TheAccessLogCannotBeRewrittenOrDeleted()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        const string reason = "Caller confirmed her identity on the phone.";
        await world.Logging.RevealComplainantAsync(world.GraceId, reason, world.Staff[PersonalDataWorld.Officer]);

        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var line = await db.PersonalDataAccessLog.SingleAsync();
            db.Entry(line).Property(l => l.Reason).CurrentValue = "Nothing to see here.";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            db.PersonalDataAccessLog.Remove(await db.PersonalDataAccessLog.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(reason, (await check.PersonalDataAccessLog.SingleAsync()).Reason);
    }

    [Fact]
    public async Task AnAnonymisedPersonIsNeitherFoundNorRevealed()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            await db.Complainants.Where(c => c.Id == world.GraceId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AnonymisedAt, world.Database.Clock.GetUtcNow().UtcDateTime));
        }

        var found = await world.Logging.FindComplainantsAsync("zysk", world.Staff[PersonalDataWorld.ComplaintsTeam]);
        var revealed = await world.Logging.RevealComplainantAsync(world.GraceId, "Checking who this caller is before logging.", world.Staff[PersonalDataWorld.ComplaintsTeam]);

        Assert.Empty(found);
        Assert.Null(revealed.Match);
        Assert.Equal(0, await world.AccessLogLinesAsync());
    }

    [Theory]
    [InlineData("area=999999", HttpStatusCode.NotFound)]
    [InlineData("area=0", HttpStatusCode.NotFound)]
    [InlineData("area=-5", HttpStatusCode.NotFound)]
    [InlineData("area=2147483647", HttpStatusCode.NotFound)]
    [InlineData("procedure=-1", HttpStatusCode.NotFound)]
    public async Task AWorkbookForSomethingThatDoesNotExistIsRefusedNotSentEmpty(string query, HttpStatusCode expected)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.HeadOfService);

        var response = await client.GetAsync($"/kpis/export?period={LastQuarter.Key}&{query}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AHeadOfServiceAskingForAnotherAreasWorkbookGetsNoneOfThatAreasCases()
    {
        await using var db = await app.Factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling");
        var head = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.HeadOfService);
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.HeadOfService);
        var admin = app.Factory.CreateBrowserLikeClient();
        await admin.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        var theirs = await CaseSheetAsync(client, $"/kpis/export?period={LastQuarter.Key}&area={waste.Id}");
        var everyone = await CaseSheetAsync(admin, $"/kpis/export?period={LastQuarter.Key}&area={waste.Id}");

        var theirsOpenable = await db.Complaints.Where(c => everyone.Contains(c.Reference) && (c.LoggedById == head.Id || c.AllocatedOfficerId == head.Id))
            .Select(c => c.Reference).ToListAsync();
        Assert.Equal(theirsOpenable.Order(), theirs.Distinct().Order());
        Assert.True(everyone.Count > 0, "the seeded quarter should have Waste cases");
    }

    [Fact]
    public async Task AnotherAreasCasePageShowsNoneOfItsComplainantsDetails()
    {
        await using var db = await app.Factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.Officer);
        var housing = await db.ServiceAreas.SingleAsync(a => a.Name == "Housing");
        var other = await db.Complaints.Include(c => c.Complainant)
            .Where(c => c.ServiceAreaId != housing.Id && c.LoggedById != officer.Id && c.AllocatedOfficerId != officer.Id && c.Complainant != null && c.Complainant.Phone != null)
            .FirstAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);
        var admin = app.Factory.CreateBrowserLikeClient();
        await admin.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        var page = await client.GetStringAsync($"/cases/{other.Reference}");
        var adminPage = await admin.GetStringAsync($"/cases/{other.Reference}");

        Assert.Contains(other.Complainant!.Phone!, adminPage);
        Assert.DoesNotContain(other.Complainant.Phone!, page);
        Assert.DoesNotContain(other.Description, page);
    }

    private static async Task<List<string>> CaseSheetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        return workbook.Worksheet(KpiWorkbook.CasesSheet).Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
    }
}
