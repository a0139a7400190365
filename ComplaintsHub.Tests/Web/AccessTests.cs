using System.Net;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

/// <summary>One running app (development sign-in, seeded data) shared by the access tests; each test signs in its own client.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public ComplaintsHubFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync() => Factory = await ComplaintsHubFactory.CreateAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public class AnonymousRequests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/calendar")]
    [InlineData("/admin/staff")]
    [InlineData("/admin/service-areas")]
    [InlineData("/admin/import")]
    public async Task AreSentToSignIn(string path)
    {
        var response = await app.Factory.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/account/dev-signin?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task MayCheckHealthWhichReportsTheDatabase()
    {
        var response = await app.Factory.CreateBrowserLikeClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SeeEveryDemoUserOnTheDevelopmentSignInPage()
    {
        var page = await app.Factory.CreateBrowserLikeClient().GetStringAsync("/account/dev-signin");

        foreach (var name in new[] { DemoStaff.Officer, DemoStaff.TeamLeader, DemoStaff.HeadOfService, DemoStaff.ComplaintsAdmin, DemoStaff.PortfolioHolder })
        {
            Assert.Contains($"Sign in as {name}<", page);
        }
    }

    [Fact]
    public async Task GetTheChartLibraryRestoredFromNpmAtThePinnedVersion()
    {
        var script = await app.Factory.CreateBrowserLikeClient().GetStringAsync("/lib/apexcharts/apexcharts.min.js");

        Assert.Contains("ApexCharts v4.7.0", script);
    }
}

public class RoleAccess(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (person, admin) in new[] { (DemoStaff.Officer, false), (DemoStaff.TeamLeader, false), (DemoStaff.HeadOfService, false), (DemoStaff.ComplaintsAdmin, true), (DemoStaff.PortfolioHolder, false) })
        {
            data.Add(person, "/", true);
            data.Add(person, "/admin/calendar", admin);
            data.Add(person, "/admin/staff", admin);
            data.Add(person, "/admin/letters", admin);
            data.Add(person, "/admin/reporting", admin);
            data.Add(person, "/admin/hazard-timescales", admin);
            data.Add(person, "/admin/procedures", admin);
            data.Add(person, "/admin/council", admin);
            data.Add(person, "/admin/service-areas", admin);
            data.Add(person, "/admin/import", admin);
            data.Add(person, "/admin/email", admin);
            data.Add(person, "/actions", person is DemoStaff.TeamLeader or DemoStaff.HeadOfService or DemoStaff.ComplaintsAdmin);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachRoleReachesWhatItMayAndIsRefusedTheRest(string person, string path, bool allowed)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(person);

        var response = await client.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task AnOfficerSeesTheirOwnOpenCasesOnTheHomePage()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);

        var page = await client.GetStringAsync("/");

        Assert.Contains("My work", page);
        Assert.Contains("data-testid=\"my-cases\"", page);
        Assert.Matches("CMP-20[0-9]{2}-[0-9]{5}", page);
        Assert.Contains($"{DemoStaff.Officer}</p>", page);
    }

    [Fact]
    public async Task APortfolioHolderSeesAggregatesAndNoCaseOrPersonalData()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.PortfolioHolder);

        var page = await client.GetStringAsync("/");

        Assert.Contains("Complaint handling at a glance", page);
        Assert.DoesNotMatch("(CMP|SRQ|ENQ)-20[0-9]{2}-[0-9]{5}", page);
        Assert.DoesNotContain("@example.org", page);
        Assert.DoesNotContain("data-testid=\"my-cases\"", page);
    }
}

public class CaseScoping(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task StaffOutsideTheCasesServiceAreaSeeWhyButNotTheCase()
    {
        var wasteCase = await WasteCaseAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer); // Priya Shah, Housing

        var page = await client.GetStringAsync($"/cases/{wasteCase.Reference}");

        Assert.Contains("This case belongs to Waste &amp; Recycling, which is not one of your service areas.", page);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(wasteCase.Description), page);
    }

    [Fact]
    public async Task StaffOfTheAreaSeeTheWholeCase()
    {
        var wasteCase = await WasteCaseAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync("David Okafor");

        var page = await client.GetStringAsync($"/cases/{wasteCase.Reference}");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(wasteCase.Description), page);
        Assert.Contains("data-testid=\"timeline\"", page);
    }

    [Fact]
    public async Task ACouncillorCannotOpenAnyCase()
    {
        var wasteCase = await WasteCaseAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.PortfolioHolder);

        var response = await client.GetAsync($"/cases/{wasteCase.Reference}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AnIssuedLetterDownloadsOnlyForThoseWhoMaySeeTheCase()
    {
        var staff = await app.Factory.Get<StaffDirectory>().ListAsync();
        var leaderRow = staff.Single(s => s.DisplayName == "David Okafor");
        var leader = new CurrentStaff(leaderRow.Id, leaderRow.DisplayName, leaderRow.Roles.ToHashSet());
        var letters = app.Factory.Get<Core.Letters.LetterService>();
        var reference = await Browser.Stage1Journey.LogComplaintAsync(app.Factory);
        var draftId = await letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        var letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);
        var outsider = app.Factory.CreateBrowserLikeClient();
        await outsider.SignInAsAsync(DemoStaff.Officer);
        var insider = app.Factory.CreateBrowserLikeClient();
        await insider.SignInAsAsync("Tom Bennett");

        var refused = await outsider.GetAsync($"/letters/{letterId}/download");
        var allowed = await insider.GetAsync($"/letters/{letterId}/download");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", allowed.Content.Headers.ContentType!.MediaType);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await allowed.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains(reference, document.MainDocumentPart!.Document.Body!.InnerText);
    }

    private async Task<(string Reference, string Description)> WasteCaseAsync()
    {
        await using var db = await app.Factory.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.ComplaintsDbContext>>().CreateDbContextAsync();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Complaints.Where(c => c.ServiceArea!.Name == "Waste & Recycling" && c.Classification == ContactClassification.Complaint)
                .OrderBy(c => c.Id).Select(c => ValueTuple.Create(c.Reference, c.Description)));
    }
}

public class SessionLifetime
{
    [Fact]
    public async Task SwitchingSomeoneOffEndsTheirAccessOnTheNextRequest()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await SwitchOffAsync(factory, DemoStaff.Officer);

        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/dev-signin", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ASwitchedOffPersonCannotSignInThroughTheDevelopmentPage()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        await SwitchOffAsync(factory, DemoStaff.TeamLeader);

        var client = factory.CreateBrowserLikeClient();
        var page = await client.GetStringAsync("/account/dev-signin");

        Assert.DoesNotContain($"Sign in as {DemoStaff.TeamLeader}<", page);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.HeadOfService);
        var home = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/account/signed-out", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    internal static async Task SwitchOffAsync(ComplaintsHubFactory factory, string person)
    {
        var directory = factory.Get<StaffDirectory>();
        var staff = await directory.ListAsync();
        await directory.SwitchOffAsync(staff.Single(s => s.DisplayName == DemoStaff.ComplaintsAdmin).Id, staff.Single(s => s.DisplayName == person).Id);
    }
}
