using Bunit;
using ComplaintsHub.Components.Pages.Contacts;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The "find someone on record" part of the log-a-contact form, for an officer of Waste and Parking.</summary>
public class ComplainantSearch : ComponentTestContext, IAsyncLifetime
{
    private PersonalDataWorld _world = null!;
    private readonly ContactLogForm _form = new();

    public async Task InitializeAsync()
    {
        _world = await PersonalDataWorld.CreateAsync();
        Services.AddSingleton(_world.Logging);
        var officer = _world.Staff[PersonalDataWorld.Officer];
        SignIn(officer.StaffUserId, officer.Name, StaffRole.Officer);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    private async Task<IRenderedComponent<CascadingAuthenticationState>> ChooseGraceAsync()
    {
        var section = Render<CascadingAuthenticationState>(p => p.AddChildContent<ComplainantSection>(c => c
            .Add(x => x.Form, _form).Add(x => x.Errors, new Dictionary<string, string>())));
        var match = Assert.Single(await _world.Logging.FindComplainantsAsync("zysk", _world.Staff[PersonalDataWorld.Officer]));
        await section.InvokeAsync(() => section.FindComponent<MudBlazor.MudAutocomplete<ComplainantMatch>>().Instance.ValueChanged.InvokeAsync(match));
        return section;
    }

    [Fact]
    public async Task AnotherAreasPersonIsChosenWithoutTheirDetailsAndTheFormLinksTheirRecord()
    {
        var section = await ChooseGraceAsync();

        section.WaitForElement("[data-testid=limited-match]");
        Assert.Equal(_world.GraceId, _form.ExistingComplainantId);
        Assert.Contains("ZZ9", section.Find("[data-testid=limited-match]").TextContent);
        Assert.DoesNotContain("07700 900456", section.Markup);
        Assert.DoesNotContain("4 Mill Lane", section.Markup);
        Assert.DoesNotContain("Calls after 2pm", section.Markup);
    }

    [Fact]
    public async Task TheirDetailsAppearOnlyAfterAReasonIsGivenAndTheReasonIsLogged()
    {
        var section = await ChooseGraceAsync();
        section.WaitForElement("[data-testid=reveal-details]").Click();

        section.Find("[data-testid=reveal-reason]").Input("why");
        section.Find("[data-testid=reveal-confirm]").Click();
        section.WaitForAssertion(() => Assert.Contains("Give a fuller reason", section.Find("[data-testid=reveal-reason]").Closest(".mud-input-control")!.TextContent));
        var afterRefusal = await _world.AccessLogLinesAsync();
        Assert.DoesNotContain("07700 900456", section.Markup);

        section.Find("[data-testid=reveal-reason]").Input("Caller wants the new complaint sent to her email.");
        section.Find("[data-testid=reveal-confirm]").Click();

        section.WaitForAssertion(() => Assert.Contains("07700 900456", section.Find("[data-testid=chosen-details]").TextContent));
        Assert.Contains("Calls after 2pm only", section.Markup);
        Assert.Equal((0, 1), (afterRefusal, await _world.AccessLogLinesAsync()));
    }
}
