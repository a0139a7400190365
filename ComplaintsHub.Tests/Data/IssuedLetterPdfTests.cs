using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ComplaintsHub.Tests.Data;

/// <summary>Each issued letter is kept as a PDF beside its Word document (made by the real LibreOffice).</summary>
public class IssuedLetterPdfs
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task IssuingALetterKeepsItsPdfBesideTheWordDocument(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var (letters, letterId) = await IssueAcknowledgementAsync(world);
        var leader = world.Staff["David Okafor"];

        var word = (await letters.DownloadAsync(letterId, leader))!.Value;
        var pdf = (await letters.DownloadPdfAsync(letterId, leader))!.Value;

        Assert.Equal(Path.ChangeExtension(word.FileName, ".pdf"), pdf.FileName);
        Assert.EndsWith(".pdf", pdf.FileName);
        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains($"Our reference {world.Reference}", text);
        Assert.Contains("Page 1 of", text);
        Assert.True(Assert.Single((await letters.ForCaseAsync(await world.OpenAsync("David Okafor"))).Issued).HasPdf);
    }

    [Fact]
    public async Task ALetterIssuedBeforePdfsWereMadeStillDownloadsAsWordButHasNoPdf()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (letters, letterId) = await IssueAcknowledgementAsync(world);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            await db.IssuedLetters.Where(l => l.Id == letterId).ExecuteUpdateAsync(s => s.SetProperty(l => l.PdfContent, (byte[]?)null));
        }

        var leader = world.Staff["David Okafor"];
        Assert.NotNull(await letters.DownloadAsync(letterId, leader));
        Assert.Null(await letters.DownloadPdfAsync(letterId, leader));
        Assert.False(Assert.Single((await letters.ForCaseAsync(await world.OpenAsync("David Okafor"))).Issued).HasPdf);
    }

    [Fact]
    public async Task StaffOutsideTheServiceAreaCannotDownloadThePdf()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (letters, letterId) = await IssueAcknowledgementAsync(world);

        Assert.Null(await letters.DownloadPdfAsync(letterId, world.Staff["Priya Shah"]));
        Assert.NotNull(await letters.DownloadPdfAsync(letterId, world.Staff["Mark Ellis"]));
    }

    private static async Task<(LetterService Letters, int LetterId)> IssueAcknowledgementAsync(CaseWorld world)
    {
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        return (letters, await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader));
    }
}
