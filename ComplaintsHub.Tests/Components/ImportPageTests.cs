using System.Text;
using Bunit;
using ComplaintsHub.Components.Pages.Admin.Import;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Import;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace ComplaintsHub.Tests.Components;

public class ImportPage : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CurrentStaff _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<FirstStartDefaults>().EnsureAsync();
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var corporate = await db.Procedures.SingleAsync(p => p.Code == "Corporate");
            var housing = await db.Procedures.SingleAsync(p => p.Code == Procedure.HousingCode);
            db.ServiceAreas.AddRange(new ServiceArea("Waste", "WST", corporate.Id), new ServiceArea("Housing", "HSG", housing.Id), new ServiceArea("Parking", "PKG", corporate.Id));
            await db.SaveChangesAsync();
        }
        var signIn = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        _admin = new CurrentStaff(signIn.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        Services.AddSingleton(_database.Get<CaseImporter>());
        Services.AddSingleton(_database.Get<SavedImportMappings>());
        Services.AddSingleton(_database.Get<ReferenceDataQuery>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        SignIn(signIn.StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<CascadingAuthenticationState> Open()
    {
        var page = RenderSignedIn<ImportCases>();
        page.WaitForAssertion(() => page.Find("[data-testid=step-file]"));
        return page;
    }

    private static void Upload(IRenderedComponent<CascadingAuthenticationState> page, byte[] content, string fileName) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, fileName));

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static IRenderedComponent<MudSelect<string>> ColumnChoice(IRenderedComponent<CascadingAuthenticationState> page, ImportField field) =>
        page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), $"column-{field}"));

    private static async Task ChooseColumnAsync(IRenderedComponent<CascadingAuthenticationState> page, ImportField field, string? heading)
    {
        var choice = ColumnChoice(page, field);
        await page.InvokeAsync(() => choice.Instance.ValueChanged.InvokeAsync(heading));
    }

    private static void Click(IRenderedComponent<CascadingAuthenticationState> page, string label) =>
        page.FindAll("button").Single(b => b.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).Click();

    private static AngleSharp.Dom.IElement ImportButton(IRenderedComponent<CascadingAuthenticationState> page) =>
        page.Find("[data-testid=step-import]").QuerySelectorAll("button").Single(b => b.TextContent.Trim().StartsWith("Import", StringComparison.Ordinal));

    private async Task<int> ComplaintsAsync()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Complaints.CountAsync();
    }

    /// <summary>Saves the old list's mapping, then opens the page with it picked.</summary>
    private async Task<IRenderedComponent<CascadingAuthenticationState>> OpenWithSavedMappingAsync()
    {
        var id = await _database.Get<SavedImportMappings>().SaveAsync(null, Guid.Empty, "SharePoint list", OldList.Mapping, _admin);
        var page = Open();
        var saved = page.FindComponents<MudSelect<int?>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), "saved-mapping"));
        await page.InvokeAsync(() => saved.Instance.ValueChanged.InvokeAsync(id));
        return page;
    }

    [Theory]
    [InlineData("complaints.txt", "x", "complaints.txt is not a .csv or .xlsx file: save the list from the spreadsheet as \"CSV UTF-8\" or as an Excel workbook (.xlsx).")]
    [InlineData("complaints.csv", "", "complaints.csv is empty: the first row must name the columns.")]
    [InlineData("complaints.xlsx", "Ref,Date received", "complaints.xlsx cannot be opened as an Excel workbook (.xlsx).")]
    [InlineData("complaints.csv", "Ref,Details\r\n\"never closed,x\r\n", "complaints.csv: a quoted field that starts on line 2 is never closed.")]
    [InlineData("complaints.csv", "Ref,Details\r\n,\r\n", "complaints.csv has column headings but no rows under them.")]
    public void AFileThatCannotBeReadIsRefusedNextToTheUploadAndNoStepFollows(string fileName, string content, string message)
    {
        var page = Open();

        Upload(page, Encoding.UTF8.GetBytes(content), fileName);

        page.WaitForAssertion(() => Assert.Equal(message, page.Find("[data-testid=file-error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=step-columns]"));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedByItsSizeAlone()
    {
        var page = Open();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[ImportFileReader.MaxBytes + 5 * 1024 * 1024], "huge.csv"));

        page.WaitForAssertion(() => Assert.Equal("huge.csv is 35 MB: a file can be at most 30 MB. Split the list into smaller files and import each.", page.Find("[data-testid=file-error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=step-columns]"));
    }

    [Fact]
    public void AnUploadedFileShowsItsRowsAndHeadingsAndChoosesTheColumnsWhoseHeadingNamesAField()
    {
        var page = Open();

        Upload(page, Csv("reference,DATE RECEIVED,Service Area,Notes,description", "A1,2026-01-05,Waste,x,Bins missed", "A2,2026-01-06,Waste,y,Bins missed again"), "old.csv");

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=file-rows]").TextContent));
        Assert.Equal(["reference", "DATE RECEIVED", "Service Area", "Notes", "description"], page.FindAll("[data-testid=file-headings] .mud-chip").Select(c => c.TextContent.Trim()));
        var chosen = Enum.GetValues<ImportField>().Select(f => (Field: f, Value: ColumnChoice(page, f).Instance.GetState(x => x.Value))).Where(c => c.Value is not null).ToList();
        Assert.Equal([(ImportField.Reference, "reference"), (ImportField.ReceivedDate, "DATE RECEIVED"), (ImportField.ServiceArea, "Service Area"), (ImportField.Description, "description")], chosen);
        Assert.Single(page.FindAll("[data-testid=values-all-ours]"));
        Assert.Empty(page.FindAll("[data-theirs]"));
    }

    [Fact]
    public void RequiredFieldsAreMarkedAndEveryFieldTheImportBringsInCanBeChosen()
    {
        var page = Open();

        Upload(page, Csv("Ref,Details", "A1,x"), "old.csv");

        page.WaitForAssertion(() => page.Find("[data-testid=step-columns]"));
        var choices = Enum.GetValues<ImportField>().ToDictionary(f => f, f => ColumnChoice(page, f).Instance);
        Assert.Equal(ImportMapping.Required.Order(), choices.Where(c => c.Value.Label!.EndsWith(" (required)", StringComparison.Ordinal)).Select(c => c.Key).Order());
        // Every field is imported now; one the engine could not bring in would be offered switched off.
        Assert.Equal(Enum.GetValues<ImportField>().Where(f => !ImportChecker.Imported.Contains(f)), choices.Where(c => c.Value.Disabled).Select(c => c.Key));
        Assert.Equal(Enum.GetValues<ImportField>().Length, choices.Count(c => !c.Value.Disabled));
    }

    [Fact]
    public async Task TheirWordsThatAreNotOursAreListedOnceEachWithAChoiceOfOurs()
    {
        var page = Open();
        Upload(page, OldList.Generate(12, broken: false).ToCsv(), "old.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-values]"));

        await ChooseColumnAsync(page, ImportField.ServiceArea, "Department");
        await ChooseColumnAsync(page, ImportField.Channel, "How received");
        await ChooseColumnAsync(page, ImportField.Outcome, "Outcome");

        string[] Listed(ImportField field) => [.. page.FindAll($"[data-testid=values-{field}] [data-theirs]").Select(e => e.GetAttribute("data-theirs")!)];
        Assert.Equal(["Bins", "Council Housing"], Listed(ImportField.ServiceArea));
        Assert.Equal(["E-mail", "Telephone"], Listed(ImportField.Channel));
        // "Not upheld" reads as our NotUpheld as it stands, so it needs no choice.
        Assert.Equal(["Partially upheld"], Listed(ImportField.Outcome));
        var binsMeans = page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-theirs"), "Bins"));
        await page.InvokeAsync(() => binsMeans.Instance.ValueChanged.InvokeAsync("Waste"));
        Assert.Equal("Waste", page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-theirs"), "Bins")).Instance.GetState(x => x.Value));
    }

    [Fact]
    public async Task ACheckOfABrokenFileListsEveryProblemByRowAndColumnAndImportsNothing()
    {
        var list = OldList.Generate(100, broken: true);
        var page = await OpenWithSavedMappingAsync();
        Upload(page, list.ToCsv(), "complaints.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-check]"));

        Click(page, "Check the file");

        page.WaitForAssertion(() => Assert.Equal(list.ExpectedProblems.Count.ToString(), page.Find("[data-testid=problem-count]").TextContent), TimeSpan.FromSeconds(60));
        var shown = page.FindAll("[data-testid=import-problem]").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray())
            .Select(c => new ImportRowProblem(int.Parse(c[0]), c[1], c[2])).ToList();
        Assert.Equal(list.ExpectedProblems.OrderBy(p => p.Row).ThenBy(p => p.Reason), shown.OrderBy(p => p.Row).ThenBy(p => p.Reason));
        Assert.True(ImportButton(page).HasAttribute("disabled"));
        Assert.Equal(0, await ComplaintsAsync());
    }

    [Fact]
    public async Task AfterACleanCheckTheImportSaysHowManyCasesItBroughtInAndLinksToTheirOldReference()
    {
        var page = await OpenWithSavedMappingAsync();
        Upload(page, OldList.Generate(30, broken: false).ToCsv(), "complaints.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-check]"));
        Assert.True(ImportButton(page).HasAttribute("disabled"));

        Click(page, "Check the file");
        page.WaitForAssertion(() => page.Find("[data-testid=check-clean]"), TimeSpan.FromSeconds(60));
        Assert.Equal(0, await ComplaintsAsync());
        ImportButton(page).Click();

        page.WaitForAssertion(() => Assert.Equal("30", page.Find("[data-testid=imported-count]").TextContent), TimeSpan.FromSeconds(60));
        Assert.Equal("0", page.Find("[data-testid=already-count]").TextContent);
        Assert.Equal("cases?search=SP-1000", page.Find("[data-testid=find-imported]").GetAttribute("href"));
        Assert.Equal(30, await ComplaintsAsync());
    }

    [Fact]
    public async Task TheSameWorkbookImportedAgainAddsNothingAndSaysEveryRowWasLeftAlone()
    {
        var workbook = OldList.Generate(12, broken: false).ToXlsx();
        var page = await OpenWithSavedMappingAsync();
        Upload(page, workbook, "complaints.xlsx");
        page.WaitForAssertion(() => Assert.Equal("12", page.Find("[data-testid=file-rows]").TextContent));
        Click(page, "Check the file");
        page.WaitForAssertion(() => Assert.False(ImportButton(page).HasAttribute("disabled")), TimeSpan.FromSeconds(60));
        ImportButton(page).Click();
        page.WaitForAssertion(() => Assert.Equal("12", page.Find("[data-testid=imported-count]").TextContent), TimeSpan.FromSeconds(60));

        Upload(page, workbook, "complaints.xlsx");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=import-result]")));
        Click(page, "Check the file");
        page.WaitForAssertion(() => Assert.False(ImportButton(page).HasAttribute("disabled")), TimeSpan.FromSeconds(60));
        ImportButton(page).Click();

        page.WaitForAssertion(() => Assert.Equal("0", page.Find("[data-testid=imported-count]").TextContent), TimeSpan.FromSeconds(60));
        Assert.Equal("12", page.Find("[data-testid=already-count]").TextContent);
        Assert.Equal(12, await ComplaintsAsync());
    }

    [Fact]
    public async Task AColumnOfFreeTextMappedAsServiceAreaListsTheFirstValuesAndSaysHowManyThereAre()
    {
        var page = Open();
        Upload(page, OldList.Generate(100, broken: false).ToCsv(), "old.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-values]"));

        await ChooseColumnAsync(page, ImportField.ServiceArea, "Customer Name");

        Assert.Equal(ImportValuesStep.MaxListed, page.FindAll("[data-testid=values-ServiceArea] [data-theirs]").Count);
        Assert.Contains("has 100 different values that are not ours; the first 60 are listed", page.Find("[data-testid=values-ServiceArea-many]").TextContent);
    }

    [Fact]
    public async Task ChangingTheMappingAfterACleanCheckWithdrawsTheImportUntilTheFileIsCheckedAgain()
    {
        var page = await OpenWithSavedMappingAsync();
        Upload(page, OldList.Generate(10, broken: false).ToCsv(), "complaints.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-check]"));
        Click(page, "Check the file");
        page.WaitForAssertion(() => Assert.False(ImportButton(page).HasAttribute("disabled")), TimeSpan.FromSeconds(60));

        await ChooseColumnAsync(page, ImportField.Channel, null);

        Assert.True(ImportButton(page).HasAttribute("disabled"));
        Assert.Single(page.FindAll("[data-testid=import-waits]"));
        Assert.Equal(0, await ComplaintsAsync());
    }

    [Fact]
    public async Task AMappingSavedFromThePageIsKeptForTheNextFile()
    {
        var page = Open();
        Upload(page, Csv("Reference,Date received,Dept,Description", "A1,2026-01-05,Bins,x"), "old.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-save]"));
        await ChooseColumnAsync(page, ImportField.ServiceArea, "Dept");
        var binsMeans = page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-theirs"), "Bins"));
        await page.InvokeAsync(() => binsMeans.Instance.ValueChanged.InvokeAsync("Waste"));

        page.Find("[data-testid=mapping-name] input, input[data-testid=mapping-name]").Input("Old spreadsheet");
        Click(page, "Save mapping");

        page.WaitForAssertion(() => page.Find("[data-testid=mapping-last-changed]"));
        var saved = Assert.Single(await _database.Get<SavedImportMappings>().ListAsync(_admin));
        Assert.Equal("Old spreadsheet", saved.Name);
        Assert.Equal([(ImportField.Reference, "Reference"), (ImportField.ReceivedDate, "Date received"), (ImportField.ServiceArea, "Dept"), (ImportField.Description, "Description")],
            saved.Mapping.Columns.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));
        Assert.Equal("Waste", saved.Mapping.ServiceAreas!["Bins"]);
    }

    [Fact]
    public async Task AStaleSaveOfTheMappingIsRefusedNamingWhoAndWhenAndThePageKeepsWhatWasChosen()
    {
        var page = await OpenWithSavedMappingAsync();
        Upload(page, OldList.Generate(5, broken: false).ToCsv(), "complaints.csv");
        page.WaitForAssertion(() => page.Find("[data-testid=step-save]"));
        var nadiaIn = await _database.Get<StaffDirectory>().RecordSignInAsync("oid-nadia", "Nadia Clarke", "nadia@example.org", [StaffRole.ComplaintsAdmin]);
        var nadia = new CurrentStaff(nadiaIn.StaffUserId, "Nadia Clarke", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        var current = Assert.Single(await _database.Get<SavedImportMappings>().ListAsync(nadia));
        _database.Clock.Advance(TimeSpan.FromMinutes(3));
        await _database.Get<SavedImportMappings>().SaveAsync(current.Id, current.Version, current.Name, current.Mapping with { Channels = null }, nadia);
        var at = UkTime.ToLocal(_database.Clock.GetUtcNow().UtcDateTime);
        await ChooseColumnAsync(page, ImportField.Channel, null);

        Click(page, "Save mapping");

        page.WaitForAssertion(() => Assert.StartsWith($"The mapping SharePoint list was changed by Nadia Clarke at {at:HH:mm} on {at:d MMMM} while you had it open.",
            page.Find("[data-testid=mapping-error]").TextContent.Trim()));
        Assert.Null(ColumnChoice(page, ImportField.Channel).Instance.GetState(x => x.Value));
        Assert.Equal("Department", ColumnChoice(page, ImportField.ServiceArea).Instance.GetState(x => x.Value));
        Assert.Equal("How received", Assert.Single(await _database.Get<SavedImportMappings>().ListAsync(_admin)).Mapping.Columns[ImportField.Channel]);
    }

    [Fact]
    public async Task ASavedMappingNamingAColumnTheFileLacksSaysSoAndLeavesThatFieldToChoose()
    {
        var page = await OpenWithSavedMappingAsync();

        Upload(page, Csv("Ref,Date Received,Department,Details", "A1,2026-01-05,Bins,x"), "short.csv");

        page.WaitForAssertion(() => page.Find("[data-testid=saved-columns-missing]"));
        var missing = page.Find("[data-testid=saved-columns-missing]").TextContent;
        foreach (var heading in new[] { "\"How received\" (for Channel)", "\"Outcome\" (for Outcome)", "\"Lesson\" (for Lesson learnt)" }) Assert.Contains(heading, missing);
        Assert.Null(ColumnChoice(page, ImportField.Channel).Instance.GetState(x => x.Value));
        Assert.Equal("Department", ColumnChoice(page, ImportField.ServiceArea).Instance.GetState(x => x.Value));
    }
}
