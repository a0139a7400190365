using System.Security.Claims;
using Bunit;
using ComplaintsHub.Auth;
using ComplaintsHub.Core.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace ComplaintsHub.Tests.Components;

/// <summary>
/// bUnit with the app's real policies evaluated against a signed-in principal (not bUnit's fake authorisation,
/// which would only echo the policy names a test sets).
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        Services.AddMudServices();
        // bUnit registers placeholders that throw; take them out so the real policy evaluation is used.
        Services.RemoveAll<IAuthorizationService>();
        Services.RemoveAll<IAuthorizationPolicyProvider>();
        Services.RemoveAll<AuthenticationStateProvider>();
        Services.AddAuthorizationCore(Policies.Configure);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected void SignIn(Guid staffId, string name, params StaffRole[] roles)
    {
        var principal = StaffClaims.ForDevelopmentSignIn(new Core.Services.StaffSignIn(staffId, name, true, roles));
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationStateProvider(principal));
    }

    /// <summary>Everything the case page and its cards use, from <paramref name="database"/>'s own services (a test may register its own after).</summary>
    protected void AddCasePageServices(Support.TestDatabase database)
    {
        Services.AddSingleton(database.Get<Core.Queries.CaseQuery>());
        Services.AddSingleton(database.Get<Core.Queries.CaseRiskFlagsQuery>());
        Services.AddSingleton(database.Get<Core.Cases.CaseActions>());
        Services.AddSingleton(database.Get<Core.Cases.AssignableStaffQuery>());
        Services.AddSingleton(database.Get<Core.Letters.LetterService>());
        Services.AddSingleton(database.Get<Core.Queries.CaseEmailsQuery>());
        Services.AddSingleton(database.Get<Core.Cases.Actions.EmailResending>());
        Services.AddSingleton(database.Get<Core.Inbox.InboxService>());
        Services.AddSingleton(database.Get<Core.Queries.CaseDocuments>());
        Services.AddSingleton(database.Get<Core.Documents.DocumentIntake>());
        Services.AddSingleton(database.Get<Core.Learning.ImprovementActionsQuery>());
        Services.AddSingleton(database.Get<Core.Learning.ImprovementActions>());
        Services.AddSingleton(database.Get<Microsoft.Extensions.Options.IOptions<Core.Documents.DocumentOptions>>());
        Services.AddSingleton<TimeProvider>(database.Clock);
    }

    protected IRenderedComponent<CascadingAuthenticationState> RenderSignedIn<TComponent>() where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Render<CascadingAuthenticationState>(p => p.AddChildContent<TComponent>());

    private sealed class FixedAuthenticationStateProvider(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
