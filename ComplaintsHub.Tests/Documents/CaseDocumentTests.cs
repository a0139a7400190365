using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Documents;

/// <summary>Files kept with a case: added through the one write path, read back unchanged, refused whole, removed with a reason.</summary>
public class CaseDocumentsOnACase
{
    private static CaseDocuments Documents(CaseWorld world) => world.Database.Get<CaseDocuments>();

    private static async Task AddAsync(CaseWorld world, string person, string fileName, Stream content, string? description = null, long? declaredLength = null)
    {
        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var version = (await world.OpenAsync("Mark Ellis")).Version;
        await using var received = await world.Database.Get<DocumentIntake>().ReceiveAsync(fileName, content, declaredLength);
        await world.Actions.ApplyAsync(world.CaseId, version, new AddDocumentCommand(received, description), world.Staff[person]);
    }

    private static async Task<byte[]> DownloadAsync(CaseWorld world, Guid id, string person)
    {
        var download = await Documents(world).OpenAsync(id, world.Staff[person]) ?? throw new InvalidOperationException("No download.");
        await using var content = download.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<(int Documents, int Chunks, int Timeline)> StoredAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return (await db.CaseDocuments.CountAsync(), await db.CaseDocumentChunks.CountAsync(), await db.TimelineEvents.CountAsync(e => e.ComplaintId == world.CaseId));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AFileSpanningSeveralStoredPiecesDownloadsWithItsBytesUnchangedAndIsOnTheTimeline(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var photo = SampleFiles.Make(SampleFiles.PngStart, 2 * DatabaseDocumentContentStore.ChunkSize + 12_345);

        await AddAsync(world, "Tom Bennett", "mould in bedroom.png", new MemoryStream(photo), "Taken by Mrs Okonkwo on 14 November");

        var row = Assert.Single(await Documents(world).ForCaseAsync(world.CaseId, world.Staff["David Okafor"]));
        Assert.Equal(("mould in bedroom.png", DocumentKind.Png, (long)photo.Length, "Taken by Mrs Okonkwo on 14 November", "Tom Bennett"),
            (row.FileName, row.Kind, row.Length, row.Description, row.AddedByName));
        Assert.Equal(photo, await DownloadAsync(world, row.Id, "David Okafor"));
        var download = (await Documents(world).OpenAsync(row.Id, world.Staff["Tom Bennett"]))!;
        await download.Content.DisposeAsync();
        Assert.Equal(("image/png", (long)photo.Length), (download.ContentType, download.Length));
        Assert.Equal("Document added: mould in bedroom.png (525 KB)", (await world.OpenAsync("Tom Bennett")).Timeline.First().Summary);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo)), (await db.CaseDocuments.SingleAsync()).Sha256);
        Assert.Equal(3, await db.CaseDocumentChunks.CountAsync());
    }

    [Fact]
    public async Task AFileNameIsKeptWithoutItsPathOrCharactersThatFileSystemsRefuse()
    {
        await using var world = await CaseWorld.CreateAsync();

        await AddAsync(world, "Tom Bennett", @"C:\Users\tom\Desktop\surveyor: report?.pdf", new MemoryStream(SampleFiles.Make(SampleFiles.PdfStart, 2_000)));

        Assert.Equal("surveyor_ report_.pdf", Assert.Single(await Documents(world).ForCaseAsync(world.CaseId, world.Staff["Tom Bennett"])).FileName);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AWindowsProgramNamedAsAPdfIsRefusedSayingWhatItIsAndNothingIsStored(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var before = await StoredAsync(world);
        var versionBefore = (await world.OpenAsync("Mark Ellis")).Version;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            AddAsync(world, "Tom Bennett", "invoice.pdf", new MemoryStream(SampleFiles.Make(SampleFiles.WindowsProgramStart, 300_000))));

        Assert.Equal((DocumentFields.File, "invoice.pdf: This file is a Windows program, not a PDF."), (refusal.Field, refusal.Message));
        Assert.Equal(before, await StoredAsync(world));
        Assert.Equal(versionBefore, (await world.OpenAsync("Mark Ellis")).Version);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AFileOverTheSizeLimitIsRefusedNamingTheLimitAndNothingOfItIsStored(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var before = await StoredAsync(world);
        var oversize = new GeneratedContent(SampleFiles.PdfStart, 25L * 1024 * 1024 + 1);

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => AddAsync(world, "Tom Bennett", "survey.pdf", oversize));

        Assert.Equal((DocumentFields.File, "survey.pdf is larger than the 25 MB limit for a document."), (refusal.Field, refusal.Message));
        Assert.Equal(before, await StoredAsync(world));
    }

    [Fact]
    public async Task AFileTheBrowserSaysIsOverTheLimitIsRefusedBeforeAnyOfItIsRead()
    {
        await using var world = await CaseWorld.CreateAsync();
        var oversize = new GeneratedContent(SampleFiles.PdfStart, 30L * 1024 * 1024);

        await Assert.ThrowsAsync<InputRefusedException>(() => AddAsync(world, "Tom Bennett", "survey.pdf", oversize, declaredLength: 30L * 1024 * 1024));

        Assert.Equal(0, oversize.BytesRead);
    }

    [Fact]
    public async Task AFileAddedToACaseSomeoneElseChangedMeanwhileIsRefusedAndNothingOfItIsStored()
    {
        await using var world = await CaseWorld.CreateAsync();
        var seen = (await world.OpenAsync("Mark Ellis")).Version;
        await world.Actions.ApplyAsync(world.CaseId, seen, new AddNoteCommand("Spoke to the crew."), world.Staff["David Okafor"]);
        var before = await StoredAsync(world);

        await using var received = await world.Database.Get<DocumentIntake>().ReceiveAsync("photo.jpg", new MemoryStream(SampleFiles.Make(SampleFiles.JpegStart, 600_000)), null);
        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => world.Actions.ApplyAsync(world.CaseId, seen, new AddDocumentCommand(received, null), world.Staff["Tom Bennett"]));

        Assert.Contains("David Okafor", refusal.Message);
        Assert.Equal(before, await StoredAsync(world));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AFileStillArrivingWhenSomeoneElseChangesTheCaseIsRefusedSayingWhoAndNothingOfItIsStored(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var seen = (await world.OpenAsync("Mark Ellis")).Version;
        var before = await StoredAsync(world);
        var upload = new ContentArrivingWhile(
            () => world.Actions.ApplyAsync(world.CaseId, seen, new AddNoteCommand("Spoke to the crew."), world.Staff["David Okafor"]),
            SampleFiles.Make(SampleFiles.JpegStart, 3 * DatabaseDocumentContentStore.ChunkSize));

        await using var received = await world.Database.Get<DocumentIntake>().ReceiveAsync("photo.jpg", upload, null);
        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => world.Actions.ApplyAsync(world.CaseId, seen, new AddDocumentCommand(received, null), world.Staff["Tom Bennett"]));

        Assert.Contains("David Okafor", refusal.Message);
        Assert.Equal((before.Documents, before.Chunks, before.Timeline + 1), await StoredAsync(world));
    }

    [Fact]
    public async Task AnOfficerOutsideTheCasesServiceAreasAndAPortfolioHolderGetNothingForADocumentsId()
    {
        await using var world = await CaseWorld.CreateAsync();
        await AddAsync(world, "Tom Bennett", "photo.jpg", new MemoryStream(SampleFiles.Make(SampleFiles.JpegStart, 5_000)));
        var id = Assert.Single(await Documents(world).ForCaseAsync(world.CaseId, world.Staff["Tom Bennett"])).Id;

        foreach (var outsider in new[] { "Priya Shah", "Cllr Janet Hughes" })
        {
            Assert.Null(await Documents(world).OpenAsync(id, world.Staff[outsider]));
            Assert.Empty(await Documents(world).ForCaseAsync(world.CaseId, world.Staff[outsider]));
        }
    }

    [Fact]
    public async Task APortfolioHolderCannotAddADocument()
    {
        await using var world = await CaseWorld.CreateAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            AddAsync(world, "Cllr Janet Hughes", "photo.jpg", new MemoryStream(SampleFiles.Make(SampleFiles.JpegStart, 5_000))));

        Assert.Equal(0, (await StoredAsync(world)).Documents);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task OnlyTheComplaintsTeamRemovesADocumentWithAReasonLeavingATombstoneAndNoContent(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        await AddAsync(world, "Tom Bennett", "neighbour.jpg", new MemoryStream(SampleFiles.Make(SampleFiles.JpegStart, 400_000)));
        var id = Assert.Single(await Documents(world).ForCaseAsync(world.CaseId, world.Staff["Tom Bennett"])).Id;
        var version = (await world.OpenAsync("Mark Ellis")).Version;

        var byOfficer = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Actions.ApplyAsync(world.CaseId, version, new RemoveDocumentCommand(id, "Wrong case."), world.Staff["David Okafor"]));
        var withoutReason = await Assert.ThrowsAsync<InputRefusedException>(() =>
            world.Actions.ApplyAsync(world.CaseId, version, new RemoveDocumentCommand(id, "  "), world.Staff["Mark Ellis"]));
        Assert.Equal("Removing a document is for the complaints team.", byOfficer.Message);
        Assert.Equal(DocumentFields.Reason, withoutReason.Field);
        await using ((await Documents(world).OpenAsync(id, world.Staff["Tom Bennett"]))!.Content) { }

        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Actions.ApplyAsync(world.CaseId, version, new RemoveDocumentCommand(id, "Shows the neighbour's children."), world.Staff["Mark Ellis"]);

        Assert.Null(await Documents(world).OpenAsync(id, world.Staff["Mark Ellis"]));
        Assert.Empty(await Documents(world).ForCaseAsync(world.CaseId, world.Staff["Mark Ellis"]));
        var tombstone = Assert.Single(await Documents(world).ForCaseAsync(world.CaseId, world.Staff["Mark Ellis"], includeRemoved: true));
        Assert.Equal(("Mark Ellis", "Shows the neighbour's children."), (tombstone.RemovedByName, tombstone.RemovalReason));
        var timeline = (await world.OpenAsync("Mark Ellis")).Timeline.Select(e => e.Summary).ToList();
        Assert.Equal("Document removed: neighbour.jpg — Shows the neighbour's children.", timeline[0]);
        Assert.Contains("Document added: neighbour.jpg (391 KB)", timeline);
        Assert.Equal((1, 0), ((await StoredAsync(world)).Documents, (await StoredAsync(world)).Chunks));
    }
}
