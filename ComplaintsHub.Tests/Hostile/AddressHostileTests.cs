using System.Net;
using System.Text.RegularExpressions;
using ComplaintsHub.Auth;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Web;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>
/// Addresses typed, pasted or cut short: a value a page cannot read is left out with a notice naming it, and the
/// page still answers. Each row counts the notices the page shows, so a value ignored without a word fails too.
/// </summary>
[Trait("Category", "Hostile")]
public partial class AddressHostileTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(DemoStaff.TeamLeader, "/cases?area=abc", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?area=987654", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?from=notadate", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?to=31%2F12%2F2026", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?officer=x", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?unallocated=maybe", 1)]
    [InlineData(DemoStaff.Officer, "/cases?mine=perhaps", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?stage=9", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?procedure=99999999999", 1)]
    [InlineData(DemoStaff.TeamLeader, "/cases?status=lost&type=Grumble&due=someday&sort=sideways", 4)]
    [InlineData(DemoStaff.TeamLeader, "/cases?area=abc&from=notadate&officer=x&unallocated=maybe", 4)]
    [InlineData(DemoStaff.TeamLeader, "/cases?area=%01%0B&stage=%00", 2)]
    [InlineData(DemoStaff.TeamLeader, "/cases?area=%20&unallocated=%09&stage=", 2)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/kpis?area=abc", 1)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/kpis?area=987654", 1)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/kpis?procedure=99999999999", 1)]
    [InlineData(DemoStaff.PortfolioHolder, "/kpis?period=2026-Q7&procedure=abc", 2)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/letters?procedure=abc", 1)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/letters?type=Acknowledgement&procedure=987654", 1)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/letters?type=Ransom", 1)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/calendar?year=abc", 1)]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/calendar?year=99999", 1)]
    public async Task AnUnreadableFilterIsIgnoredWithANoticeAndThePageStillOpens(string person, string address, int notices)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(person);

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(notices, NoticeCount(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(DemoStaff.TeamLeader, "/cases?area={area}&from=2026-01-01&to=2026-11-20&unallocated=true&mine=false&stage=1&status=open&sort=newest&due=week&type=Complaint")]
    [InlineData(DemoStaff.ComplaintsAdmin, "/kpis?period=2026-Q2&area={area}&procedure={procedure}")]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/letters?type=Stage1Response&procedure={procedure}")]
    [InlineData(DemoStaff.ComplaintsAdmin, "/admin/calendar?year=2027")]
    public async Task AReadableFilterGivesNoNotice(string person, string address)
    {
        var choices = await app.Factory.Get<ContactLogging>().ChoicesAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(person);
        var area = choices.Areas.Single(a => a.Name == "Waste & Recycling").Id;

        var response = await client.GetAsync(address.Replace("{area}", $"{area}").Replace("{procedure}", $"{choices.Procedures[0].Id}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, NoticeCount(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("%2F%09%2Fexample.com")]
    [InlineData("%2F%0A%2Fexample.com")]
    [InlineData("%2F%2Fexample.com")]
    [InlineData("%2F%5Cexample.com")]
    [InlineData("https%3A%2F%2Fexample.com%2F")]
    [InlineData("javascript%3Aalert(1)")]
    public async Task ASignInReturnAddressOutsideTheSiteIsIgnoredWithANotice(string returnUrl)
    {
        var page = await app.Factory.CreateBrowserLikeClient().GetAsync($"/account/dev-signin?ReturnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(1, NoticeCount(html));
        var fields = ReturnUrlFields().Matches(html);
        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.Equal("", field.Groups[1].Value));
    }

    [Fact]
    public async Task ASignInReturnAddressOnTheSiteIsKeptWithoutANotice()
    {
        var page = await app.Factory.CreateBrowserLikeClient().GetAsync($"/account/dev-signin?ReturnUrl={Uri.EscapeDataString("/cases?area=1")}");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(0, NoticeCount(html));
        var fields = ReturnUrlFields().Matches(html);
        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.Equal("/cases?area=1", WebUtility.HtmlDecode(field.Groups[1].Value)));
    }

    [Theory]
    [InlineData("/\t/example.com")]
    [InlineData("/\r\n/example.com")]
    [InlineData("//example.com")]
    [InlineData("https://example.com/")]
    public async Task SigningInWithAReturnAddressOutsideTheSiteGoesHome(string returnUrl)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        var page = await client.GetStringAsync("/account/dev-signin");
        var form = SignInForms().Matches(page).First().Value;

        var response = await client.PostAsync("/account/dev-signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            ["staffUserId"] = StaffId().Match(form).Groups[1].Value,
            ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("%2F%09%2Fexample.com")]
    [InlineData("%2F%2Fexample.com")]
    public async Task TheSignInChallengeWithAReturnAddressOutsideTheSiteReturnsHome(string returnUrl)
    {
        var response = await app.Factory.CreateBrowserLikeClient().GetAsync($"/account/login?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", QueryValue(response.Headers.Location!, "ReturnUrl"));
    }

    [Theory]
    [InlineData("/kpis/export?period=2026-Q2&area=abc")]
    [InlineData("/kpis/export?period=2026-Q2&procedure=99999999999")]
    [InlineData("/kpis/export?period=2026-Q9")]
    public async Task AnExportWithAnUnreadableFilterIsRefusedAsABadRequest(string address)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/\t/example.com")]
    [InlineData("/\n/example.com")]
    [InlineData("/cases\0")]
    [InlineData("/cases?area=1\u007F")]
    [InlineData("//example.com")]
    [InlineData("/\\example.com")]
    [InlineData("https://example.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" /cases")]
    [InlineData("cases")]
    public void AReturnAddressThatIsNotPlainlyAPageOfThisSiteIsNotFollowed(string returnUrl) =>
        Assert.False(ReturnUrls.IsLocal(returnUrl));

    [Theory]
    [InlineData("/")]
    [InlineData("/cases?area=1&from=2026-01-01")]
    [InlineData("/cases/CMP-2026-00123")]
    public void AReturnAddressOnThisSiteIsFollowed(string returnUrl) => Assert.True(ReturnUrls.IsLocal(returnUrl));

    [Theory]
    [InlineData("/cases/%01%0B", HttpStatusCode.OK)]
    [InlineData("/cases/CMP-9999-99999", HttpStatusCode.OK)]
    [InlineData("/letters/drafts/abc", HttpStatusCode.NotFound)]
    [InlineData("/letters/drafts/99999999999", HttpStatusCode.NotFound)]
    [InlineData("/letters/drafts/-1", HttpStatusCode.OK)]
    [InlineData("/letters/abc/download", HttpStatusCode.NotFound)]
    [InlineData("/letters/99999999999/download", HttpStatusCode.NotFound)]
    public async Task AnUnreadableOrUnknownRouteValueAnswersWithoutAnError(string address, HttpStatusCode expected)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        var response = await client.GetAsync(address);

        Assert.Equal(expected, response.StatusCode);
    }

    private static int NoticeCount(string html) => Regex.Count(html, "data-testid=\"address-ignored\"");

    private static string? QueryValue(Uri location, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.IsAbsoluteUri ? location.Query : location.OriginalString[location.OriginalString.IndexOf('?')..])
            .TryGetValue(name, out var value) ? value.ToString() : null;

    // Blazor leaves out the value attribute of a null value, so a field without one reads as empty.
    [GeneratedRegex("name=\"returnUrl\"(?: value=\"([^\"]*)\")?")]
    private static partial Regex ReturnUrlFields();

    [GeneratedRegex("<form method=\"post\" action=\"/account/dev-signin\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex SignInForms();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"staffUserId\" value=\"([^\"]+)\"")]
    private static partial Regex StaffId();
}
