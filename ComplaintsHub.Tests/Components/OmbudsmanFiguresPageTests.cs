using Bunit;
using ComplaintsHub.Components.Pages.Learning;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The Ombudsmen's figures page for 2025/26 over <see cref="OmbudsmanYearWorld"/>'s four decisions.</summary>
public class OmbudsmanFiguresScreen : ComponentTestContext, IAsyncLifetime
{
    private OmbudsmanYearWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await OmbudsmanYearWorld.CreateAsync();
        Services.AddSingleton(_world.Database.Get<OmbudsmanAnnualReviews>());
        Services.AddSingleton<TimeProvider>(_world.Database.Clock);
        SignIn(_world.Admin.StaffUserId, _world.Admin.Name, StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    private static string Input(string testId) => $"[data-testid=ombudsman-Housing] input[data-testid={testId}], [data-testid=ombudsman-Housing] [data-testid={testId}] input";

    [Fact]
    public async Task MoreFindingsThanDeterminationsAreRefusedNextToTheFieldThenTheCorrectedFiguresStandBesideTheRecords()
    {
        var page = RenderSignedIn<OmbudsmanFiguresPage>();
        page.WaitForElement(Input("review-decided"));

        page.Find(Input("review-decided")).Change("1");
        page.Find(Input("review-upheld")).Change("2");
        page.Find("[data-testid=ombudsman-Housing] [data-testid=review-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("More were upheld than decided: check the letter.", page.Find(Input("review-upheld")).Closest(".mud-input-control")!.TextContent));
        Assert.All((await _world.Database.Get<OmbudsmanAnnualReviews>().CompareAsync(OmbudsmanYearWorld.Year, _world.Admin)).Schemes, s => Assert.Null(s.Entered));

        page.Find(Input("review-decided")).Change("3");
        page.Find("[data-testid=ombudsman-Housing] [data-testid=review-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("3", page.Find("[data-testid=ombudsman-Housing] [data-testid=comparison-letter]").TextContent.Trim()));
        var determinations = page.Find("[data-testid=ombudsman-Housing] [data-testid=comparison-line]");
        Assert.Equal("true", determinations.GetAttribute("data-differs"));
        Assert.StartsWith("2", determinations.QuerySelector("[data-testid=comparison-recorded]")!.TextContent.Trim());
    }
}
