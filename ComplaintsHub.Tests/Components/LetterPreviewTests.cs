using Bunit;
using ComplaintsHub.Components.Shared;

namespace ComplaintsHub.Tests.Components;

public class LetterPreviewTests : ComponentTestContext
{
    [Fact]
    public void ATableShowsWithItsHeaderRowAndTheReferenceShowsWhereTheFooterHasIt()
    {
        var preview = Render<LetterPreview>(p => p
            .Add(x => x.Text, Letters.WordLetterLayout.LetterWithTableAndSignOff)
            .Add(x => x.CouncilName, "Ashbury District Council")
            .Add(x => x.Reference, "CMP-2026-00123"));

        var table = preview.Find("table");
        Assert.Equal(["What we will do", "By", "Who"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["Inspect the work", "11/12/2026", "Surveyor"], table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("Our reference CMP-2026-00123", preview.Find("[data-testid=letter-preview-reference]").TextContent);
    }

    [Fact]
    public void TheSignOffIsOneBlockFromYoursSincerelyToTheEnd()
    {
        var preview = Render<LetterPreview>(p => p.Add(x => x.Text, Letters.WordLetterLayout.LetterWithTableAndSignOff));

        var signOff = preview.Find("[data-testid=letter-preview-sign-off]");
        Assert.Equal(2, signOff.QuerySelectorAll("p").Length);
        Assert.Equal("Yours sincerely", signOff.QuerySelectorAll("p")[0].TextContent);
        Assert.Empty(preview.FindAll("[data-testid=letter-preview-reference]")); // the template editor's preview has no case yet
    }
}
