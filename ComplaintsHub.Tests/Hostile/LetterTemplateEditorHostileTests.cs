using System.Net;
using System.Text.RegularExpressions;
using ComplaintsHub.Auth;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Web;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>
/// Preview case references typed or pasted into the template editor's address: the page still opens on the template,
/// says next to the field that there is no such case, previews with the example values and echoes nothing as markup.
/// </summary>
[Trait("Category", "Hostile")]
public class LetterTemplateEditorAddress(AppFixture app) : IClassFixture<AppFixture>
{
    private const string NoSuchCase = "There is no case with this reference that you can see.";

    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("CMP-2026-00001%27%20OR%201%3D1%20--")]
    [InlineData("%01%0B%00")]
    [InlineData("CMP-1999-00001")]
    public async Task AReferenceThatIsNotACaseIsSaidNextToItsFieldAndTheTemplateStillOpens(string reference)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        var response = await client.GetAsync($"/admin/letters?type=Stage1Response&case={reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, Regex.Count(html, Regex.Escape(NoSuchCase)));
        Assert.Equal(1, Regex.Count(html, "data-testid=\"sample-preview\""));
        Assert.Equal(1, Regex.Count(html, "data-testid=\"template-text\""));
        Assert.Equal(0, Regex.Count(html, "data-testid=\"address-ignored\""));
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task AReferenceTenThousandCharactersLongIsRefusedTheSameWay()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        var response = await client.GetAsync($"/admin/letters?type=Stage1Response&case={new string('A', 10_000)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Regex.Count(await response.Content.ReadAsStringAsync(), Regex.Escape(NoSuchCase)));
    }
}
