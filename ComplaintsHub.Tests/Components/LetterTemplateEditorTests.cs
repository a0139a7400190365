using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class LetterTemplateEditor : ComponentTestContext, IAsyncLifetime
{
    private CaseWorld _world = null!;
    private BunitJSModuleInterop _editor = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        Services.AddSingleton(_world.Database.Get<LetterService>());
        Services.AddSingleton(_world.Database.Get<ContactLogging>());
        Services.AddSingleton(_world.Database.Get<CaseQuery>());
        Services.AddSingleton<TimeProvider>(_world.Database.Clock);
        var admin = _world.Staff["Mark Ellis"];
        SignIn(admin.StaffUserId, admin.Name, [.. admin.Roles]);
        _editor = JSInterop.SetupModule("./js/template-editor.js");
        _editor.SetupVoid("placeCaret", _ => true).SetVoidResult();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    private LetterService Letters => _world.Database.Get<LetterService>();

    private IRenderedComponent<CascadingAuthenticationState> Open(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/admin/letters?{query}");
        var page = RenderSignedIn<LetterTemplates>();
        page.WaitForAssertion(() => page.Find("textarea[data-testid=template-text]"), TimeSpan.FromSeconds(10));
        return page;
    }

    private static string TextOf(IRenderedComponent<CascadingAuthenticationState> page) =>
        page.Find("textarea[data-testid=template-text]").GetAttribute("value") ?? page.Find("textarea[data-testid=template-text]").TextContent;

    private static void Pick(IRenderedComponent<CascadingAuthenticationState> page, string path) =>
        page.Find($"button[data-testid=field-pick][data-path='{path}']").Click();

    private async Task<LetterTemplate> SavedAsync(IRenderedComponent<CascadingAuthenticationState> page)
    {
        page.Find("[data-testid=save-template]").Click();
        page.WaitForAssertion(() => Assert.Equal("Revision 2", page.Find("[data-testid=template-revision]").TextContent));
        return (await Letters.CurrentTemplateAsync(LetterType.Stage1Response, null))!;
    }

    [Fact]
    public void ThePickerListsEveryDocumentedFieldOnceUnderItsHeading()
    {
        var page = Open("type=Stage1Response");

        var groups = page.FindAll("[data-testid=field-group]");
        var listed = groups.SelectMany(g => g.QuerySelectorAll("[data-testid=field-pick]").Select(b => (Group: g.GetAttribute("data-group") ?? "", Path: b.GetAttribute("data-path") ?? ""))).ToList();
        Assert.Equal(LetterFields.All.Count, listed.Count);
        Assert.Equal(LetterFields.All.Select(f => (Group: LetterFieldGroups.NameOf(f.Path), f.Path)).OrderBy(f => f.Path), listed.OrderBy(f => f.Path));
    }

    [Fact]
    public async Task AFieldChosenFromThePickerGoesInWhereTheCursorWasAndIsSaved()
    {
        var page = Open("type=Stage1Response");
        var original = (await Letters.CurrentTemplateAsync(LetterType.Stage1Response, null))!.Body;
        var cursor = original.IndexOf('\n') + 1;
        _editor.Setup<int[]?>("caret", _ => true).SetResult([cursor, cursor]);

        Pick(page, "complainant.address");

        var saved = await SavedAsync(page);
        Assert.Equal(original[..cursor] + "{{ complainant.address }}" + original[cursor..], saved.Body);
    }

    [Fact]
    public async Task ChoosingAPointFieldPutsInTheWholeListOfPointsWhichTheCheckAccepts()
    {
        var page = Open("type=Stage1Response");
        var original = (await Letters.CurrentTemplateAsync(LetterType.Stage1Response, null))!.Body;
        _editor.Setup<int[]?>("caret", _ => true).SetResult([original.Length, original.Length]);

        Pick(page, "point.issue");

        var saved = await SavedAsync(page);
        var loop = saved.Body[original.Length..];
        Assert.Equal(original.EndsWith('\n') ? 0 : 1, loop.TakeWhile(c => c == '\n').Count()); // a line of its own, no blank line
        loop = loop.TrimStart('\n');
        Assert.StartsWith("{% for point in response.points %}\n- {{ point.issue }}", loop);
        Assert.EndsWith("\n{% endfor %}", loop);
        Assert.Empty(LetterTemplateValidator.Validate(LetterType.NotAComplaint, "{{ letter.date }} {{ case.reference }} {{ contact.name }} {{ complainant.salutation }}\n" + loop));
        Assert.Empty(page.FindAll("[data-testid=template-problems]"));
    }

    [Fact]
    public void TheChecklistTicksTheDecisionOnlyOnceTheDecisionFieldIsInTheText()
    {
        var page = Open("type=Stage1Response");
        bool DecisionTicked() => page.Find("[data-testid=section-check][data-section='the decision']").GetAttribute("data-present") == "true";

        page.Find("textarea[data-testid=template-text]").Input("Dear {{ complainant.salutation }}\n{{ response.reasons }}");
        page.WaitForAssertion(() => Assert.False(DecisionTicked()));
        Assert.Equal("true", page.Find("[data-testid=section-check][data-section='the reasons']").GetAttribute("data-present"));

        page.Find("textarea[data-testid=template-text]").Input("Dear {{ complainant.salutation }}\n{{ response.reasons }}\nYour complaint is {{ response.decision }}.");
        page.WaitForAssertion(() => Assert.True(DecisionTicked()));
    }

    [Fact]
    public void TheSearchNarrowsThePickerToTheFieldsThatMatch()
    {
        var page = Open("type=Stage1Response");

        page.Find("input[data-testid=field-search], [data-testid=field-search] input").Input("how long the complainant");

        page.WaitForAssertion(() => Assert.Equal(["ombudsman.time_limit"], page.FindAll("[data-testid=field-pick]").Select(b => b.GetAttribute("data-path"))));
        page.Find("input[data-testid=field-search], [data-testid=field-search] input").Input("no such field anywhere");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=field-pick]")));
        Assert.Single(page.FindAll("[data-testid=no-field-found]"));
    }

    [Fact]
    public void AFieldPastedIntoTheSearchWithItsBracesFindsItself()
    {
        var page = Open("type=Stage1Response");

        page.Find("input[data-testid=field-search], [data-testid=field-search] input").Input("{{ escalation.deadline }}");

        page.WaitForAssertion(() => Assert.Equal(["escalation.deadline"], page.FindAll("[data-testid=field-pick]").Select(b => b.GetAttribute("data-path"))));
    }

    [Fact]
    public void TheCaseInTheAddressIsUsedForThePreview()
    {
        var page = Open($"type=Stage1Response&case={_world.Reference}");

        page.WaitForAssertion(() => Assert.Contains(_world.Reference, page.Find("[data-testid=letter-preview]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=sample-preview]"));
    }

    [Fact]
    public void ACaseThatCannotBeSeenIsSaidNextToItsFieldAndThePreviewUsesTheExamples()
    {
        var page = Open("type=Stage1Response&case=CMP-1999-00001");

        page.WaitForAssertion(() => Assert.Contains("There is no case with this reference that you can see.", page.Find(".mud-input-control:has([data-testid=preview-case])").TextContent));
        page.WaitForAssertion(() => page.Find("[data-testid=sample-preview]"));
        Assert.Contains("CMP-2026-00123", page.Find("[data-testid=letter-preview]").TextContent);
    }
}
