using Bunit;
using ComplaintsHub.Components.Pages.SpotChecks;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Tests.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The spot-check page for the first case of James Whitfield's Q2 2026/27 sample (<see cref="SpotCheckWorld"/>).</summary>
public class SpotCheckScreen : ComponentTestContext, IAsyncLifetime
{
    private SpotCheckWorld _world = null!;
    private int _caseId;

    public async Task InitializeAsync()
    {
        _world = await SpotCheckWorld.CreateAsync();
        _caseId = (await _world.SampleAsync()).Rows[0].CaseId;
        AddCasePageServices(_world.Database);
        Services.AddSingleton(_world.Database.Get<SpotChecksQuery>());
        Services.AddSingleton(_world.Database.Get<SpotChecks>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    private IRenderedComponent<CascadingAuthenticationState> Open(CurrentStaff who)
    {
        SignIn(who.StaffUserId, who.Name, who.Roles.ToArray());
        return Render<CascadingAuthenticationState>(p => p.AddChildContent<SpotCheckPage>(c => c
            .Add(x => x.QuarterKey, SpotCheckWorld.Q2.Key).Add(x => x.HeadOfServiceId, _world.James.StaffUserId).Add(x => x.CaseId, _caseId)));
    }

    private static void Answer(IRenderedComponent<CascadingAuthenticationState> page, SpotCheckQuestion question, SpotCheckAnswer answer) =>
        page.Find($"input[data-testid=answer-{question}-{answer}]").Click();

    private async Task<int> ChecksSavedAsync()
    {
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        return await db.SpotChecks.CountAsync();
    }

    [Fact]
    public async Task ConfirmingWithQuestionsUnansweredMarksEachOfThemAndSavesNothing()
    {
        var page = Open(_world.James);
        page.WaitForElement("[data-testid=spot-check-checklist] [data-testid=confirm-action]");
        foreach (var question in Enum.GetValues<SpotCheckQuestion>().Except([SpotCheckQuestion.SaysHowToEscalate, SpotCheckQuestion.LearningCaptured]))
        {
            Answer(page, question, SpotCheckAnswer.Yes);
        }

        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid^=error-]").Count));
        Assert.Single(page.FindAll("[data-testid=error-SaysHowToEscalate]"));
        Assert.Single(page.FindAll("[data-testid=error-LearningCaptured]"));
        Assert.Equal(0, await ChecksSavedAsync());
    }

    [Fact]
    public async Task ANoWithoutFindingsIsRefusedUnderTheFindingsAndAFullCheckIsShownAsWrittenReadyToRaiseAnAction()
    {
        var page = Open(_world.James);
        page.WaitForElement("[data-testid=spot-check-checklist] [data-testid=confirm-action]");
        foreach (var question in Enum.GetValues<SpotCheckQuestion>())
        {
            Answer(page, question, question == SpotCheckQuestion.LearningCaptured ? SpotCheckAnswer.No : SpotCheckAnswer.Yes);
        }

        page.Find("[data-testid=confirm-action]").Click();
        page.WaitForAssertion(() => Assert.Contains("Say what you found wherever the answer is no",
            page.Find("[data-testid=spot-check-findings]").Closest(".mud-input-control")!.TextContent));
        Assert.Equal(0, await ChecksSavedAsync());

        page.Find("[data-testid=spot-check-findings]").Input("No root cause recorded on an upheld point.");
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Equal("No", page.Find("[data-testid=recorded-LearningCaptured]").TextContent.Trim()));
        Assert.Equal("No root cause recorded on an upheld point.", page.Find("[data-testid=spot-check-recorded-findings]").TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=raise-from-spot-check]"));
        Assert.Equal(1, await ChecksSavedAsync());
    }

    [Fact]
    public void TheComplaintsTeamSeesTheCaseButNotAChecklistToAnswer()
    {
        var page = Open(_world.Staff["Mark Ellis"]);

        page.WaitForElement("[data-testid=spot-check-not-done]");
        Assert.Empty(page.FindAll("[data-testid=confirm-action]"));
        Assert.Single(page.FindAll("[data-testid=spot-check-stages] tbody tr"));
    }
}
