using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class CouncilPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CurrentStaff _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var signIn = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        _admin = new CurrentStaff(signIn.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        Services.AddSingleton(_database.Get<CouncilSettings>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(signIn.StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static void Type(IRenderedComponent<CascadingAuthenticationState> page, string testId, string text) =>
        page.Find($"[data-testid={testId}] input, input[data-testid={testId}]").Input(text);

    private static void Click(IRenderedComponent<CascadingAuthenticationState> page, string label) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == label).Click();

    [Fact]
    public async Task ChangedDetailsAreSavedAndThePageSaysWhoChangedThem()
    {
        var page = RenderSignedIn<CouncilAdmin>();
        page.WaitForAssertion(() => page.Find("[data-testid=council-signatory] input, input[data-testid=council-signatory]"));

        Type(page, "council-signatory", "Head of Customer Services");
        Click(page, "Save details");

        page.WaitForAssertion(() => Assert.Contains("Last changed by Mark Ellis", page.Markup));
        var saved = await _database.Get<CouncilSettings>().GetAsync();
        Assert.Equal(("Ashbury District Council", "Head of Customer Services"), (saved.Name, saved.Signatory));
    }

    [Fact]
    public async Task AnEmptyNameIsRefusedNextToTheFieldAndNothingIsSaved()
    {
        var page = RenderSignedIn<CouncilAdmin>();
        page.WaitForAssertion(() => page.Find("[data-testid=council-name] input, input[data-testid=council-name]"));

        Type(page, "council-name", "");
        Type(page, "council-signatory", "Head of Customer Services");
        Click(page, "Save details");

        page.WaitForAssertion(() => Assert.Contains("Enter the council's name as it goes on letters.", page.Find(".mud-input-control:has([data-testid=council-name]), [data-testid=council-name]").ParentElement!.TextContent));
        Assert.Equal("Complaints Manager", (await _database.Get<CouncilSettings>().GetAsync()).Signatory);
    }

    [Fact]
    public async Task AFileThatIsNotAPngIsRefusedAsTheLogoAndAPngIsShown()
    {
        var page = RenderSignedIn<CouncilAdmin>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-logo]"));

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromText("GIF89a not a png at all", "logo.png"));
        page.WaitForAssertion(() => Assert.Contains("The file is not a PNG image", page.Find("[data-testid=logo-error]").TextContent));
        Assert.Null((await _database.Get<CouncilSettings>().GetAsync()).Logo);

        var png = CouncilSettingsChanges.Png(400, 120, 2048);
        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromBinary(png, "logo.png", contentType: "image/png"));
        page.WaitForAssertion(() => page.Find("[data-testid=logo]"));
        Assert.Empty(page.FindAll("[data-testid=logo-error]"));
        Assert.Equal(png, (await _database.Get<CouncilSettings>().GetAsync()).Logo);
    }

    [Fact]
    public async Task AStaleSaveSaysWhoChangedTheDetailsAndWhenAndSavesNothing()
    {
        var page = RenderSignedIn<CouncilAdmin>();
        page.WaitForAssertion(() => page.Find("[data-testid=council-signatory] input, input[data-testid=council-signatory]"));
        var theirs = await _database.Get<CouncilSettings>().GetAsync();
        theirs.ComplaintsPhone = "01234 567890";
        await _database.Get<CouncilSettings>().SaveAsync(theirs, _admin);

        Type(page, "council-signatory", "Head of Customer Services");
        Click(page, "Save details");

        page.WaitForAssertion(() => Assert.Contains($"were changed by Mark Ellis at 10:00 on {TestToday.Date:d MMMM}", page.Find("[data-testid=council-error]").TextContent));
        Assert.Equal("Complaints Manager", (await _database.Get<CouncilSettings>().GetAsync()).Signatory);
    }
}
