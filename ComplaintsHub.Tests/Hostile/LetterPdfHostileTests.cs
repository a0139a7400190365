using System.Diagnostics;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Data;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>
/// LibreOffice failing or hanging while a letter is issued: the issue is refused with the reason, the case is not
/// acknowledged, nothing is issued and the draft stays to try again.
/// </summary>
[Trait("Category", "Hostile")]
public class LetterPdfHostileTests
{
    [Fact]
    public async Task APdfThatCannotBeMadeRefusesTheIssueAndNothingChanges()
    {
        await using var world = await CaseWorld.CreateAsync();

        var refusal = await IssueWithAsync(world, new LibreOfficeOptions { Path = "false" });

        Assert.Equal("The PDF could not be made: LibreOffice stopped with exit code 1.", refusal.Message);
        await NothingChangedAsync(world);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")] // the stand-in that hangs is a shell script
    public async Task ALibreOfficeThatHangsIsStoppedAtTheTimeoutAndNothingChanges()
    {
        await using var world = await CaseWorld.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("complaintshub-hang-").FullName;
        var hang = Path.Combine(folder, "soffice");
        await File.WriteAllTextAsync(hang, "#!/bin/sh\nexec sleep 60\n");
        File.SetUnixFileMode(hang, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var watch = Stopwatch.StartNew();

        var refusal = await IssueWithAsync(world, new LibreOfficeOptions { Path = hang, Timeout = TimeSpan.FromSeconds(1) });

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        Assert.Equal("The PDF could not be made: LibreOffice took longer than 1 second and was stopped (Letters:LibreOffice:Timeout).", refusal.Message);
        await NothingChangedAsync(world);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<DomainException> IssueWithAsync(CaseWorld world, LibreOfficeOptions libreOffice)
    {
        var database = world.Database;
        var letters = new LetterService(database.Factory, database.Get<CalendarService>(), database.Get<CaseQuery>(), database.Get<CaseActions>(),
            new LetterPdfWriter(Options.Create(libreOffice)), database.Get<Core.Records.AccessLog>(), database.Clock, Options.Create(new Core.Email.EmailOptions()), database.Get<CouncilDetails>());
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        return await Assert.ThrowsAsync<DomainException>(() => letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader));
    }

    private static async Task NothingChangedAsync(CaseWorld world)
    {
        var c = await world.OpenAsync("David Okafor");
        var letters = await world.Database.Get<LetterService>().ForCaseAsync(c);
        Assert.Equal((CaseStatus.Received, 0, 1), (c.Status, letters.Issued.Count, letters.Drafts.Count));
    }
}
