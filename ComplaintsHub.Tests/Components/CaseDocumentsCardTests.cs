using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Documents;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Components;

/// <summary>The case page's "Documents" card, over a real database.</summary>
public class CaseDocumentsCardComponent : ComponentTestContext, IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        AddCasePageServices(_world.Database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task OfTwoFilesAddedTogetherTheGoodOneIsKeptAndTheDisguisedProgramIsRefusedWithItsOwnMessage()
    {
        var (page, card) = Open("Tom Bennett");
        Assert.Single(card.FindAll("[data-testid=no-documents]"));

        card.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(SampleFiles.Make(SampleFiles.PngStart, 40_000), "mould.png"),
            InputFileContent.CreateFromBinary(SampleFiles.Make(SampleFiles.WindowsProgramStart, 40_000), "invoice.pdf"));

        card = page.FindComponent<CaseDocumentsCard>();
        card.WaitForAssertion(() => Assert.Single(card.FindAll("[data-testid=case-document]")));
        card.WaitForAssertion(() => Assert.Equal(["mould.png added.", "invoice.pdf: This file is a Windows program, not a PDF."],
            card.FindAll("[data-testid=document-outcome]").Select(a => a.TextContent.Trim())));
        Assert.Equal("mould.png", card.Find("[data-testid=download-document]").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-testid=remove-document]"));
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.CaseDocuments.CountAsync());
        page.WaitForAssertion(() => Assert.Contains("Document added: mould.png (40 KB)", page.FindAll("[data-testid=timeline-entry]").Select(e => e.TextContent.Trim())));
    }

    [Fact]
    public void TheComplaintsTeamRemovesADocumentOnlyWithAReasonAndTheTombstoneStays()
    {
        var (page, card) = Open("Mark Ellis");
        card.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Make(SampleFiles.JpegStart, 2_000), "other case.jpg"));
        card = page.FindComponent<CaseDocumentsCard>();
        card.WaitForAssertion(() => Assert.Single(card.FindAll("[data-testid=remove-document]")));

        card.Find("[data-testid=remove-document]").Click();
        card.Find("[data-testid=confirm-remove-document]").Click();
        card.WaitForAssertion(() => Assert.Equal("Give the reason for removing the document: it is kept on the timeline.", ReasonMessage(card)));
        Assert.Single(card.FindAll("[data-testid=download-document]"));
        card.Find("textarea[data-testid=removal-reason]").Change("Belongs to CMP-2026-00001.");
        card.Find("[data-testid=confirm-remove-document]").Click();

        card = page.FindComponent<CaseDocumentsCard>();
        card.WaitForAssertion(() => Assert.Single(card.FindAll("[data-testid=removed-document]")));
        Assert.Empty(card.FindAll("[data-testid=download-document]"));
        page.WaitForAssertion(() => Assert.Equal("Document removed: other case.jpg — Belongs to CMP-2026-00001.", page.FindAll("[data-testid=timeline-entry]")[0].TextContent.Trim()));
    }

    /// <summary>The message in the helper line of the reason field.</summary>
    private static string ReasonMessage(IRenderedComponent<CaseDocumentsCard> card) =>
        card.Find("[data-testid=removal-reason]").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    private (IRenderedComponent<CascadingAuthenticationStateHost<CasePage>> Page, IRenderedComponent<CaseDocumentsCard> Card) Open(string person)
    {
        var staff = _world.Staff[person];
        SignIn(staff.StaffUserId, staff.Name, staff.Roles.ToArray());
        var page = Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _world.Reference));
        page.WaitForAssertion(() => page.FindComponent<CaseDocumentsCard>());
        var card = page.FindComponent<CaseDocumentsCard>();
        card.WaitForAssertion(() => Assert.Empty(card.FindAll("[data-testid=case-documents] .mud-progress-linear")));
        return (page, card);
    }
}
