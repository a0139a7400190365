using Bunit;
using ComplaintsHub.Components.Pages.Learning;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The learning page over <see cref="LearningWorld"/>: two lessons this quarter, one of which led to an improvement action.</summary>
public class LearningScreen : ComponentTestContext, IAsyncLifetime
{
    private LearningWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await LearningWorld.CreateAsync();
        Services.AddSingleton(_world.Database.Get<LessonsQuery>());
        Services.AddSingleton<TimeProvider>(_world.Database.Clock);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    private IRenderedComponent<LearningPage> Open(string person, string address = "learning")
    {
        var staff = _world.Staff[person];
        SignIn(staff.StaffUserId, person, staff.Roles.ToArray());
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return RenderSignedIn<LearningPage>().FindComponent<LearningPage>();
    }

    [Fact]
    public void TheQuartersLessonsShowWhatWentWrongAndTheActionTheyLedTo()
    {
        var page = Open("Mark Ellis");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=lesson]").Count));
        var waste = page.FindAll("[data-testid=lesson]").Single(l => l.TextContent.Contains(_world.References["waste"]));
        Assert.Contains("Assisted collections were not on the crew's round sheet.", waste.TextContent);
        Assert.Equal("Assisted collections", waste.QuerySelector("[data-testid=lesson-action]")!.TextContent.Trim());
        var housing = page.FindAll("[data-testid=lesson]").Single(l => l.TextContent.Contains(_world.References["housing"]));
        Assert.NotNull(housing.QuerySelector("[data-testid=lesson-no-action]"));
        Assert.Single(page.FindAll("[data-testid=ombudsman-lesson]"));
        Assert.Equal(2, page.FindAll("[data-testid=learning-themes] tbody tr").Count);
    }

    [Fact]
    public void WordsInTheAddressFindTheLessonsThatSayThem()
    {
        var page = Open("Mark Ellis", "learning?q=appointment");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=lesson]")));
        Assert.Contains(_world.References["housing"], page.Find("[data-testid=lesson]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=ombudsman-lesson]"));
    }

    [Fact]
    public void ANextQuarterWithNothingUpheldSaysSo()
    {
        var page = Open("Mark Ellis", "learning?period=2026-Q4");

        page.WaitForElement("[data-testid=no-lessons]");
        Assert.Empty(page.FindAll("[data-testid=lesson]"));
    }
}
