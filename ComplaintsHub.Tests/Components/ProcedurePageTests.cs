using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class ProcedurePage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CurrentStaff _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var signIn = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        _admin = new CurrentStaff(signIn.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            db.Procedures.AddRange(DefaultReferenceData.Procedures());
            await db.SaveChangesAsync();
        }

        Services.AddSingleton(_database.Get<ProcedureSettings>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(signIn.StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<ProcedureForm> SavedAsync(string code) => (await _database.Get<ProcedureSettings>().ListAsync()).Single(p => p.Code == code);

    private static void Save(IRenderedComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState> page, string name) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == $"Save {name}").Click();

    [Fact]
    public async Task ChangingAStage1TimescaleSavesItAndSaysWhoChangedIt()
    {
        var page = RenderSignedIn<Procedures>();
        page.WaitForAssertion(() => page.Find("[data-testid=procedure-Corporate]"));

        page.Find("[data-testid=procedure-Corporate] [data-testid=stage-1] [data-testid=response-days] input, [data-testid=procedure-Corporate] [data-testid=stage-1] input[data-testid=response-days]").Change("15");
        Save(page, "Corporate complaints");

        page.WaitForAssertion(() => Assert.Contains("Last changed by Mark Ellis", page.Find("[data-testid=procedure-Corporate]").TextContent));
        Assert.Equal(15, (await SavedAsync("Corporate")).Stages[0].ResponseWorkingDays);
        Assert.Equal(10, (await SavedAsync(Procedure.HousingCode)).Stages[0].ResponseWorkingDays);
    }

    [Fact]
    public async Task AnOutOfRangeTimescaleIsRefusedNextToItsFieldAndNothingIsSaved()
    {
        var page = RenderSignedIn<Procedures>();
        page.WaitForAssertion(() => page.Find("[data-testid=procedure-Corporate]"));

        page.Find("[data-testid=procedure-Corporate] [data-testid=stage-2] [data-testid=acknowledge-days] input, [data-testid=procedure-Corporate] [data-testid=stage-2] input[data-testid=acknowledge-days]").Change("0");
        Save(page, "Corporate complaints");

        page.WaitForAssertion(() => Assert.Contains("Stage 2's acknowledgement must be from 1 to 20 working days; 0 is outside that.",
            page.Find("[data-testid=procedure-Corporate] [data-testid=stage-2]").TextContent));
        Assert.DoesNotContain("must be from", page.Find("[data-testid=procedure-Corporate] [data-testid=stage-1]").TextContent);
        Assert.Equal(5, (await SavedAsync("Corporate")).Stages[1].AcknowledgeWorkingDays);
    }

    [Fact]
    public void TheHousingProcedureCannotAllowInformalResolutionAndSaysWhy()
    {
        var page = RenderSignedIn<Procedures>();
        page.WaitForAssertion(() => page.Find("[data-testid=procedure-Housing]"));

        var housing = page.Find("[data-testid=procedure-Housing]");
        Assert.True(housing.QuerySelector("[data-testid=informal] input, input[data-testid=informal]")!.HasAttribute("disabled"));
        Assert.Contains("does not allow an informal stage", housing.TextContent);
        Assert.False(page.Find("[data-testid=procedure-Corporate] [data-testid=informal] input, [data-testid=procedure-Corporate] input[data-testid=informal]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task AStaleSaveSaysWhoChangedTheProcedureAndWhenAndSavesNothing()
    {
        var page = RenderSignedIn<Procedures>();
        page.WaitForAssertion(() => page.Find("[data-testid=procedure-Corporate]"));
        var theirs = await SavedAsync("Corporate");
        theirs.Stages[0].AcknowledgeWorkingDays = 3;
        await _database.Get<ProcedureSettings>().SaveAsync(theirs, _admin);

        page.Find("[data-testid=procedure-Corporate] [data-testid=stage-1] [data-testid=response-days] input, [data-testid=procedure-Corporate] [data-testid=stage-1] input[data-testid=response-days]").Change("15");
        Save(page, "Corporate complaints");

        page.WaitForAssertion(() => Assert.Contains($"was changed by Mark Ellis at 10:00 on {TestToday.Date:d MMMM}", page.Find("[data-testid=procedure-Corporate]").TextContent));
        Assert.Equal((3, 10), ((await SavedAsync("Corporate")).Stages[0].AcknowledgeWorkingDays, (await SavedAsync("Corporate")).Stages[0].ResponseWorkingDays));
    }
}
