using System.IO.Compression;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Records;

/// <summary>Subject access requests over <see cref="RetentionWorld"/>: Aurelia Quennell asks for everything held about her.</summary>
public class SubjectAccess
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheBundleHoldsEveryCaseLetterAndDocumentOfThePersonUnderEachOfTheirRecordsAndNoneOfAnyoneElses(DatabaseProvider provider)
    {
        await using var world = await RetentionWorld.CreateAsync(provider);
        // Logged again last year under her earlier name, at her old address: a second record of the same person.
        var earlier = await world.LogAsync("Housing", new ContactLogForm { Complainant = new ComplainantForm { FirstName = "Aurelia", LastName = "Brandt", Phone = "07700 900999", Postcode = "AS9 9ZZ" } });
        int earlierPerson;
        Dictionary<int, string> references;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            earlierPerson = await db.Complaints.Where(c => c.Id == earlier).Select(c => c.ComplainantId!.Value).SingleAsync();
            references = await db.Complaints.ToDictionaryAsync(c => c.Id, c => c.Reference);
        }

        var requests = world.Database.Get<SubjectAccessRequests>();
        var id = await requests.OpenAsync(new NewSubjectAccessRequest("Aurelia Quennell", new DateOnly(2026, 11, 16), IncludeStaffNames: false), world.Admin);
        await requests.AddPersonAsync(id, (await requests.GetAsync(id, world.Admin))!.Version, world.AureliaId, world.Admin);
        await requests.AddPersonAsync(id, (await requests.GetAsync(id, world.Admin))!.Version, earlierPerson, world.Admin);

        var bundle = await BundleAsync(world, id);

        var hers = world.AureliaCases.Append(earlier).Select(c => references[c]).ToList();
        var others = new[] { world.BartholomewOldCase, world.CordeliaCase, world.LoneCase }.Select(c => references[c]).ToList();
        Assert.All(hers, r => Assert.Contains(r, bundle.Text));
        Assert.All(others, r => Assert.DoesNotContain(r, bundle.Text));
        Assert.All(new[] { RetentionWorld.Bartholomew.Last, RetentionWorld.Cordelia.Last, RetentionWorld.Cordelia.Email }, t => Assert.DoesNotContain(t, bundle.Text));
        Assert.Contains(RetentionWorld.NoteWord, bundle.Text);
        Assert.Contains("Spoke to Aurelia Quennell", bundle.Text);
        // Her own email is hers; her MP's, filed under her case, is marked for review before the bundle goes.
        Assert.Contains("More about my boiler", bundle.Text);
        Assert.Equal(1, bundle.Paragraphs.Count(t => t.StartsWith(SubjectAccessBundle.ThirdPartyWarning, StringComparison.Ordinal)));
        Assert.Contains("Constituent: Ms Quennell", bundle.Paragraphs[bundle.Paragraphs.FindIndex(t => t.StartsWith(SubjectAccessBundle.ThirdPartyWarning, StringComparison.Ordinal)) - 1]);
        Assert.Equal(2, bundle.Tables.Count(t => t.Key == "sar-person"));
        Assert.Equal(["Aurelia Quennell", "Aurelia Brandt"], bundle.Tables.Where(t => t.Key == "sar-person").Select(t => t.Rows[1][1]));

        var housing = references[world.AureliaCases[0]];
        Assert.Equal(["summary.docx", $"letters/{housing}/response.docx", $"letters/{housing}/response.pdf", $"documents/{housing}/quennell-photo.jpg"], bundle.Files.Keys);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            Assert.Equal(await db.IssuedLetters.Where(l => l.ComplaintId == world.AureliaCases[0]).Select(l => l.Content).SingleAsync(), bundle.Files[$"letters/{housing}/response.docx"]);
        }

        // Staff were not to be named: neither as the actor of a timeline line nor inside its text.
        Assert.DoesNotContain("Sarah Mitchell", bundle.Text);
        Assert.Contains(SubjectAccessBundle.StaffPlaceholder, bundle.Text);
        var log = bundle.Tables.Single(t => t.Key == SubjectAccessBundle.AccessLogTable).Rows.Skip(1).ToList();
        Assert.Contains(log, r => r[2] == PersonalDataPurpose.ProducedSubjectAccessBundle.Describe());
    }

    [Fact]
    public async Task TheCouncilMayChooseToNameStaffAndProducingTheBundleIsInTheAccessLog()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var requests = world.Database.Get<SubjectAccessRequests>();
        var id = await requests.OpenAsync(new NewSubjectAccessRequest("Aurelia Quennell", new DateOnly(2026, 11, 16), IncludeStaffNames: true), world.Admin);
        await requests.AddPersonAsync(id, (await requests.GetAsync(id, world.Admin))!.Version, world.AureliaId, world.Admin);

        var bundle = await BundleAsync(world, id);

        Assert.Contains("Sarah Mitchell", bundle.Text);
        var lines = await world.Database.Get<Core.Queries.PersonalDataAccessQuery>().ListAsync(world.Admin, [world.AureliaId], null);
        Assert.Equal(("Mark Ellis", $"Subject access request {id}"), lines.Where(l => l.Purpose == PersonalDataPurpose.ProducedSubjectAccessBundle).Select(l => (l.StaffName, l.What)).Single());
    }

    [Fact]
    public async Task ARequestIsDueOneCalendarMonthFromReceiptAndShowsOverdueAfterwards()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var requests = world.Database.Get<SubjectAccessRequests>();

        await requests.OpenAsync(new NewSubjectAccessRequest("Late Person", new DateOnly(2026, 10, 19), false), world.Admin);
        await requests.OpenAsync(new NewSubjectAccessRequest("New Person", new DateOnly(2026, 11, 20), false), world.Admin);

        var rows = await requests.ListAsync(world.Admin);
        Assert.Equal([("Late Person", new DateOnly(2026, 11, 19), true), ("New Person", new DateOnly(2026, 12, 20), false)], rows.Select(r => (r.Requester, r.DueOn, r.Overdue)));
        Assert.Equal(new DateOnly(2027, 2, 28), SubjectAccessRequest.DueFor(new DateOnly(2027, 1, 31)));
        Assert.Equal(new DateOnly(2028, 2, 29), SubjectAccessRequest.DueFor(new DateOnly(2028, 1, 31)));
    }

    [Fact]
    public async Task BadInputAStaleVersionAndAnswersWithoutRecordsAreRefusedWithNothingSaved()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        var requests = world.Database.Get<SubjectAccessRequests>();

        Assert.Equal(NewSubjectAccessRequest.RequesterField,
            (await Assert.ThrowsAsync<InputRefusedException>(() => requests.OpenAsync(new NewSubjectAccessRequest(" ", new DateOnly(2026, 11, 16), false), world.Admin))).Field);
        Assert.Equal(NewSubjectAccessRequest.ReceivedOnField,
            (await Assert.ThrowsAsync<InputRefusedException>(() => requests.OpenAsync(new NewSubjectAccessRequest("A Person", new DateOnly(2026, 11, 21), false), world.Admin))).Field);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => requests.OpenAsync(new NewSubjectAccessRequest("A Person", new DateOnly(2026, 11, 16), false), world.Staff["Sarah Mitchell"]));
        Assert.Empty(await requests.ListAsync(world.Admin));

        var id = await requests.OpenAsync(new NewSubjectAccessRequest("Aurelia Quennell", new DateOnly(2026, 11, 16), false), world.Admin);
        var seen = (await requests.GetAsync(id, world.Admin))!.Version;
        await Assert.ThrowsAsync<DomainException>(() => requests.MarkSentAsync(id, seen, new DateOnly(2026, 11, 20), world.Admin));
        world.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        await requests.AddPersonAsync(id, seen, world.AureliaId, world.Staff["Mark Ellis"]);
        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() => requests.SetIncludeStaffNamesAsync(id, seen, true, world.Admin));

        Assert.Contains("Mark Ellis at 10:05", stale.Message);
        var saved = (await requests.GetAsync(id, world.Admin))!;
        Assert.Equal((false, 1), (saved.IncludeStaffNames, saved.People.Count));
        await requests.MarkSentAsync(id, saved.Version, new DateOnly(2026, 11, 20), world.Admin);
        var sent = (await requests.GetAsync(id, world.Admin))!;
        Assert.Equal(new DateOnly(2026, 11, 20), sent.SentOn);
        await Assert.ThrowsAsync<DomainException>(() => requests.AddPersonAsync(id, sent.Version, world.BartholomewId, world.Admin));
    }

    private sealed record Bundle(Dictionary<string, byte[]> Files, string Text, List<(string Key, List<string[]> Rows)> Tables, List<string> Paragraphs);

    private static async Task<Bundle> BundleAsync(RetentionWorld world, int id)
    {
        var zip = new MemoryStream();
        await world.Database.Get<SubjectAccessRequests>().WriteBundleAsync(id, world.Admin, zip);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in archive.Entries)
        {
            using var content = new MemoryStream();
            await using (var source = entry.Open()) await source.CopyToAsync(content);
            files[entry.FullName] = content.ToArray();
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(files["summary.docx"]), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().Select(t => (t.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value!,
            t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList())).ToList();
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        return new Bundle(files, string.Join("\n", paragraphs.Concat(tables.SelectMany(t => t.Item2.SelectMany(r => r)))), tables, paragraphs);
    }
}
