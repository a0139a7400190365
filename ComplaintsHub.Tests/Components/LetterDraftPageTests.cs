using Bunit;
using ComplaintsHub.Components.Pages.Letters;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The draft page composing a Stage 1 response, over a real database, with issuing through the real LibreOffice.</summary>
public class LetterDraftPageComponent : ComponentTestContext, IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _draftId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        var leader = _world.Staff["David Okafor"];
        await _world.Actions.ApplyAsync(_world.CaseId, (await _world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var letters = _world.Database.Get<LetterService>();
        _draftId = await letters.CreateDraftAsync(_world.Reference, LetterType.Stage1Response, new LetterDecision { Outcome = Outcome.PartlyUpheld }, leader);
        Services.AddSingleton(_world.Database.Get<CaseQuery>());
        Services.AddSingleton(_world.Database.Get<CaseActions>());
        Services.AddSingleton(_world.Database.Get<AssignableStaffQuery>());
        Services.AddSingleton(letters);
        Services.AddSingleton<TimeProvider>(_world.Database.Clock);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public void WhatYouToldUsStartsAsTheCaseDescriptionForTheOfficerToRewrite()
    {
        var page = Open();

        Assert.Equal("Assisted collection missed again.", page.Find("[data-testid=what-you-told-us]").GetAttribute("value") ?? page.Find("[data-testid=what-you-told-us]").TextContent);
    }

    [Fact]
    public async Task TheLetterIsWrittenFromTheFieldsAsTheyAreTyped()
    {
        var page = Open();

        page.Find("[data-testid=what-you-told-us]").Input("you told us your bin was missed on three Mondays");
        // Found again if the page re-rendered after the typing (the preview follows a pause): a stale button has no handler.
        page.WaitForAssertion(() => page.Find("[data-testid=add-point]").Click());
        page.WaitForElement("[data-testid=point-issue]").Input("Missed collections");
        // Awaited: a choice still being made when the next field is typed in could land after it, or not before the check.
        await page.InvokeAsync(() => page.FindComponents<MudBlazor.MudSelect<Outcome?>>().First().Instance.ValueChanged.InvokeAsync(Outcome.Upheld));
        page.Find("[data-testid=point-reasons]").Input("the crew's tracker shows they did not stop");

        page.WaitForAssertion(() =>
        {
            var preview = page.Find("[data-testid=letter-preview]").TextContent;
            Assert.Contains("You told us your bin was missed on three Mondays.", preview);
            Assert.Contains("Missed collections: Upheld. The crew's tracker shows they did not stop.", preview);
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AMistakeShowsAtOnceButAMissingFieldOnlyOnceIssuingIsTriedAndNothingIsIssued()
    {
        var page = Open();

        page.Find("[data-testid=draft-redress]").Input("-5");
        page.WaitForAssertion(() => Assert.Equal("Financial redress must be from £0.00 to £100,000.00.", Messages(page, "draft-redress")));
        Assert.Empty(Messages(page, "draft-root-cause"));

        page.Find("[data-testid=issue-letter]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("The root cause is needed.", Messages(page, "draft-root-cause"));
            Assert.Equal("The lesson learnt is needed.", Messages(page, "draft-lesson"));
            Assert.Contains("Add each point the complaint raised", page.Find("[data-testid=points-empty]").TextContent);
        });
        Assert.Equal(CaseStatus.Acknowledged, (await _world.OpenAsync("David Okafor")).Status);
        Assert.NotNull(await _world.Database.Get<LetterService>().DraftAsync(_draftId, _world.Staff["David Okafor"]));
    }

    [Fact]
    public async Task AResponseComposedOnThePageIsIssuedInOnePassWithItsLearningOnTheStage()
    {
        var page = Open();
        page.Find("[data-testid=add-point]").Click();
        page.WaitForElement("[data-testid=point-issue]").Input("Missed collections");
        await page.InvokeAsync(() => page.FindComponents<MudBlazor.MudSelect<Outcome?>>().First().Instance.ValueChanged.InvokeAsync(Outcome.Upheld));
        page.Find("[data-testid=point-reasons]").Input("The tracker shows the crew did not stop.");
        page.Find("[data-testid=draft-reasons]").Input("Two of three collections were missed.");
        page.Find("[data-testid=draft-remedy]").Input("We apologise and have restored your collections.");
        page.Find("[data-testid=draft-root-cause]").Input("Round change not passed to the crew.");
        page.Find("[data-testid=draft-lesson]").Input("Assisted list checked at every round change.");

        page.Find("[data-testid=issue-letter]").Click();

        await WaitUntilAsync(async () => (await _world.OpenAsync("David Okafor")).Status == CaseStatus.Responded);
        var stage = (await _world.OpenAsync("David Okafor")).Stages.Single(s => s.Number == 1);
        Assert.Equal((Outcome.PartlyUpheld, "Round change not passed to the crew.", "Assisted list checked at every round change."), (stage.Outcome, stage.RootCause, stage.LessonLearnt));
        Assert.Null(await _world.Database.Get<LetterService>().DraftAsync(_draftId, _world.Staff["David Okafor"]));
    }

    [Fact]
    public void ADraftOpenedDaysAfterItWasStartedIsDatedTheDayItIsIssued()
    {
        _world.Database.Clock.Advance(TimeSpan.FromDays(3)); // from Friday 20 to Monday 23 November 2026

        var page = Open();

        page.WaitForAssertion(() => Assert.Contains("Date: 23 November 2026", page.Find("[data-testid=letter-preview]").TextContent));
        Assert.DoesNotContain("Date: 20 November 2026", page.Find("[data-testid=letter-preview]").TextContent);
    }

    [Fact]
    public void WordingChangedByHandIsNotRewrittenByTheFieldsUntilTheOfficerAsks()
    {
        var page = Open();
        page.Find("[data-testid=wording-panel] .mud-expand-panel-header").Click();
        var text = page.Find("[data-testid=letter-text]");
        text.Input(text.GetAttribute("value") + "\nP.S. We will call you on Monday.");

        page.Find("[data-testid=draft-reasons]").Input("Two of three collections were missed.");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rebuild-notice]")));
        Assert.Contains("P.S. We will call you on Monday.", page.Find("[data-testid=letter-preview]").TextContent);
        Assert.DoesNotContain("Two of three collections were missed.", page.Find("[data-testid=letter-preview]").TextContent);

        page.Find("[data-testid=rebuild-letter]").Click();

        page.WaitForAssertion(() => Assert.Contains("Two of three collections were missed.", page.Find("[data-testid=letter-preview]").TextContent));
        Assert.DoesNotContain("P.S. We will call you on Monday.", page.Find("[data-testid=letter-preview]").TextContent);
    }

    private static string Messages(IRenderedComponent<CascadingAuthenticationState> page, string testId)
    {
        // A field's message is in the helper line of the MudBlazor input holding that test id.
        var field = page.Find($"[data-testid={testId}]").Closest(".mud-input-control");
        return field?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // Issuing makes the PDF with LibreOffice, which a loaded CI machine may take many seconds over.
        for (var i = 0; i < 900 && !await condition(); i++) await Task.Delay(100);
        Assert.True(await condition());
    }

    [Fact]
    public void WhileEmailIsSwitchedOffThePageSaysTheLetterWillBePosted()
    {
        var page = Open();

        Assert.Empty(page.FindAll("[data-testid=send-by-email]"));
        Assert.StartsWith(Core.Email.EmailOptions.SwitchedOff, page.Find("[data-testid=email-unavailable]").TextContent.Trim());
    }

    [Fact]
    public async Task SomeoneWhoAskedForEmailHasTheirLetterOfferedByEmailFromTheStart()
    {
        await using (var db = await _world.Database.Factory.CreateDbContextAsync())
        {
            var person = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Complaints.Where(c => c.Id == _world.CaseId).Select(c => c.Complainant!));
            person.Email = "c.okonkwo@example.org";
            person.PreferredContactMethod = PreferredContactMethod.Email;
            await db.SaveChangesAsync();
        }

        await using var app = new Support.AppInstance(_world.Database, new Core.Email.EmailOptions { SmtpHost = "smtp.ashbury.gov.uk" });
        Services.AddSingleton(app.Get<LetterService>());
        var page = Open();

        var choice = page.FindComponent<MudBlazor.MudCheckBox<bool>>();
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)choice.Find("input")).IsChecked);
        Assert.Contains("c.okonkwo@example.org", choice.Instance.Label);
        Assert.Empty(page.FindAll("[data-testid=email-unavailable]"));
    }

    private IRenderedComponent<CascadingAuthenticationState> Open()
    {
        var leader = _world.Staff["David Okafor"];
        SignIn(leader.StaffUserId, leader.Name, leader.Roles.ToArray());
        var page = Render<CascadingAuthenticationState>(p => p.AddChildContent<LetterDraftPage>(c => c.Add(x => x.Id, _draftId)));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=issue-letter]")));
        return page;
    }
}
