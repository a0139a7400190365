using Bunit;
using ComplaintsHub.Components.Pages.SelfAssessment;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The self-assessment page on 20 November 2026, opening on 2025/26 and the Local Government and Social Care Ombudsman's Code.</summary>
public class SelfAssessmentScreen : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CurrentStaff _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        await _database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == "Mark Ellis");
        _admin = new CurrentStaff(admin.Id, admin.DisplayName, admin.Roles.Select(r => r.Role).ToHashSet());
        Services.AddSingleton(_database.Get<SelfAssessmentQuery>());
        Services.AddSingleton(_database.Get<SelfAssessments>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(_admin.StaffUserId, _admin.Name, StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static string Provision(string reference) => $"[data-testid=provision][data-reference='{reference}']";

    [Fact]
    public async Task APartAnswerWithoutAnActionIsRefusedNextToTheActionThenSavedAndCounted()
    {
        var page = RenderSignedIn<SelfAssessmentPage>();
        page.WaitForElement($"{Provision("6.4")} [data-testid=open-answer]").Click();

        page.Find($"{Provision("6.4")} input[data-testid=compliance-Partly]").Click();
        page.Find($"{Provision("6.4")} [data-testid=answer-evidence]").Input("One in five extension letters gave no reason.");
        page.Find($"{Provision("6.4")} [data-testid=answer-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("Say what the council will do to comply, and by when.",
            page.Find($"{Provision("6.4")} [data-testid=answer-action]").Closest(".mud-input-control")!.TextContent));

        page.Find($"{Provision("6.4")} [data-testid=answer-action]").Input("The template now requires the reason.");
        page.Find($"{Provision("6.4")} [data-testid=answer-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Partly: 1", page.Find("[data-testid=count-partly]").TextContent.Trim()));
        var saved = (await _database.Get<SelfAssessmentQuery>().GetAsync(2025, OmbudsmanScheme.LocalGovernment, _admin)).Rows.Single(r => r.Reference == "6.4").Answer!;
        Assert.Equal((CodeCompliance.Partly, "The template now requires the reason."), (saved.Compliance, saved.Action));
    }
}
