using Bunit;
using ComplaintsHub.Components.Pages.Records;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Tests.Records;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The records page over <see cref="RetentionWorld"/>: the retention preview, and an erasure from search to log.</summary>
public class RecordsScreen : ComponentTestContext, IAsyncLifetime
{
    private RetentionWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await RetentionWorld.CreateAsync(Core.Data.DatabaseProvider.Sqlite);
        Services.AddSingleton(_world.Database.Get<RecordsQuery>());
        Services.AddSingleton(_world.Database.Get<Erasures>());
        Services.AddSingleton<TimeProvider>(_world.Database.Clock);
        SignIn(_world.Admin.StaffUserId, _world.Admin.Name, StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public void ThePreviewNamesWhoTheNextRunWillAnonymiseAndTheCaseAHoldKeeps()
    {
        var page = RenderSignedIn<RecordsPage>();

        page.WaitForElement("[data-testid=retention-people]");
        var person = page.Find("[data-testid=retention-people] tbody tr");
        Assert.Contains("Aurelia Quennell", person.TextContent);
        Assert.Equal(2, person.QuerySelectorAll("td")[2].TextContent.Split(',').Length);
        Assert.Single(page.FindAll("[data-testid=retention-held] tbody tr"));
        Assert.Single(page.FindAll("[data-testid=retention-lone-cases] tbody tr"));
        Assert.NotNull(page.Find("[data-testid=anonymisation-log-empty]"));
    }

    [Fact]
    public async Task ThePreviewListsACaseAnsweredOverAYearAgoAndNeverClosedWithALinkToIt()
    {
        var answered = await _world.AnsweredAsync("Housing", "Sarah Mitchell", RetentionWorld.Person(("Dorian", "Ashcombe", "d.ashcombe@example.org", "07700 900464", "AS4 7TA")));
        await _world.AnsweredOnAsync(answered, new DateOnly(2025, 3, 14));
        string reference;
        await using (var db = await _world.Database.Factory.CreateDbContextAsync())
        {
            reference = db.Complaints.Single(c => c.Id == answered).Reference;
        }

        var page = RenderSignedIn<RecordsPage>();

        var row = page.WaitForElement("[data-testid=retention-unclosed] tbody tr", TimeSpan.FromSeconds(10));
        Assert.Equal($"cases/{reference}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("14 March 2025", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Single(page.FindAll("[data-testid=retention-unclosed] tbody tr"));
        Assert.NotNull(page.Find("[data-testid=retention-unclosed-summary]"));
    }

    [Fact]
    public void ThePreviewHasNoNeverClosedListWhenEveryOldAnswerWasClosed()
    {
        var page = RenderSignedIn<RecordsPage>();

        page.WaitForElement("[data-testid=retention-people]", TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=retention-unclosed]"));
    }

    [Fact]
    public async Task AnErasureNeedsAReasonNextToItsFieldThenRemovesThePersonAndIsLogged()
    {
        var page = RenderSignedIn<RecordsPage>();
        const string search = "input[data-testid=records-person-search], [data-testid=records-person-search] input";
        page.WaitForElement(search);
        page.Find(search).Input("Quennell");
        page.Find("[data-testid=records-person-find]").Click();
        page.WaitForElement("[data-testid=records-erase-choose]").Click();

        page.Find("[data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Contains("Give the reason", page.Find("[data-testid=erasure-reason]").Closest(".mud-input-control")!.TextContent));
        Assert.NotEqual(0, await Retention.OccurrencesAsync(_world, RetentionWorld.Aurelia.Email));

        page.Find("[data-testid=erasure-reason]").Input("Article 17 request; the complaint was settled.");
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForElement("[data-testid=records-erased]");
        page.WaitForAssertion(() => Assert.Contains("Erasure: Article 17 request; the complaint was settled.", page.Find("[data-testid=anonymisation-log]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=retention-people]"));
        Assert.Equal(0, await Retention.OccurrencesAsync(_world, RetentionWorld.Aurelia.Email));
    }
}
