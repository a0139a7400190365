using ComplaintsHub.Core.Cases.Actions;
using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The case page's letters card, over a real database with a letter issued through the real LibreOffice.</summary>
public class CaseLettersCardComponent : ComponentTestContext, IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _letterId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        var letters = _world.Database.Get<LetterService>();
        var leader = _world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(_world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        _letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);
        AddCasePageServices(_world.Database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public void AnIssuedLetterLinksBothItsWordDocumentAndItsPdf()
    {
        var card = Open();

        var word = card.Find("[data-testid=download-docx]");
        var pdf = card.Find("[data-testid=download-pdf]");
        Assert.Equal(($"letters/{_letterId}/download", $"letters/{_letterId}/pdf"), (word.GetAttribute("href"), pdf.GetAttribute("href")));
        Assert.Equal(Path.ChangeExtension(word.GetAttribute("download"), ".pdf"), pdf.GetAttribute("download"));
        // Said as a download, with the download icon, not a bare name that reads like a link to another page.
        Assert.Equal(("Download Word", "Download PDF"), (word.TextContent.Trim(), pdf.TextContent.Trim()));
        Assert.Equal((1, 1), (word.QuerySelectorAll("svg").Length, pdf.QuerySelectorAll("svg").Length));
        Assert.Equal(("Download Word: Stage 1 acknowledgement", "Download PDF: Stage 1 acknowledgement"), (word.GetAttribute("aria-label"), pdf.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task ALetterIssuedBeforePdfsWereMadeLinksOnlyItsWordDocument()
    {
        await using (var db = await _world.Database.Factory.CreateDbContextAsync())
        {
            await db.IssuedLetters.ExecuteUpdateAsync(s => s.SetProperty(l => l.PdfContent, (byte[]?)null));
        }

        var card = Open();

        Assert.Single(card.FindAll("[data-testid=download-docx]"));
        Assert.Empty(card.FindAll("[data-testid=download-pdf]"));
    }

    [Fact]
    public async Task AStaleDraftIsDiscardedFromTheCasesListOfLetters()
    {
        var leader = _world.Staff["David Okafor"];
        var letters = _world.Database.Get<LetterService>();
        var draftId = await letters.CreateDraftAsync(_world.Reference, LetterType.Stage1Response, new LetterDecision { Outcome = Outcome.NotUpheld }, leader);
        var card = Open();
        card.WaitForAssertion(() => Assert.Single(card.FindAll("[data-testid=discard-listed-draft]")));

        card.Find("[data-testid=discard-listed-draft]").Click();

        card.WaitForAssertion(() => Assert.Empty(card.FindAll("[data-testid=discard-listed-draft]")));
        Assert.Null(await letters.DraftAsync(draftId, leader));
    }

    private IRenderedComponent<CaseLettersCard> Open()
    {
        var leader = _world.Staff["David Okafor"];
        SignIn(leader.StaffUserId, leader.Name, leader.Roles.ToArray());
        var page = Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _world.Reference));
        var card = page.FindComponent<CaseLettersCard>();
        card.WaitForAssertion(() => Assert.NotEmpty(card.FindAll("[data-testid=issued-letter]")));
        return card;
    }
}
