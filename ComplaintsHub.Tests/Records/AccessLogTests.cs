using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Records;

/// <summary>The access log: each kind of access writes its line, read back for a person and for a case.</summary>
public class AccessLogging
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EachKindOfAccessIsRecordedWithWhoWhenAndWhat(DatabaseProvider provider)
    {
        await using var world = await RetentionWorld.CreateAsync(provider);
        var sarah = world.Staff["Sarah Mitchell"];
        var housing = world.AureliaCases[0];
        string reference;
        int letterId;
        Guid documentId;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            reference = await db.Complaints.Where(c => c.Id == housing).Select(c => c.Reference).SingleAsync();
            letterId = await db.IssuedLetters.Where(l => l.ComplaintId == housing).Select(l => l.Id).SingleAsync();
            documentId = await db.CaseDocuments.Where(d => d.ComplaintId == housing).Select(d => d.Id).SingleAsync();
        }

        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var cases = world.Database.Get<CaseQuery>();
        await cases.RecordOpenedAsync(((CaseLookup.Found)await cases.GetAsync(reference, sarah)).Case, sarah);
        await cases.GetAsync(reference, sarah); // reading a case is not opening it: the page records the opening once
        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Database.Get<LetterService>().DownloadAsync(letterId, sarah);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await world.Database.Get<CaseDocuments>().OpenAsync(documentId, sarah))!.Content.DisposeAsync();
        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await foreach (var _ in world.Database.Get<KpiCaseRowsQuery>().ListAsync(new KpiFilter(ReportPeriod.ForYear(2018)), sarah)) { }

        var log = world.Database.Get<PersonalDataAccessQuery>();
        var person = await log.ListAsync(world.Admin, [world.AureliaId], null);
        Assert.Equal([PersonalDataPurpose.DownloadedDocument, PersonalDataPurpose.DownloadedLetter, PersonalDataPurpose.OpenedCase],
            person.Where(l => l.StaffName == "Sarah Mitchell").Select(l => l.Purpose));
        Assert.All(person.Where(l => l.StaffName == "Sarah Mitchell"), l => Assert.Equal(reference, l.CaseReference));
        Assert.Equal(["quennell-photo.jpg", "response.docx"], person.Where(l => l.What is not null).Select(l => l.What!));
        Assert.Equal(RetentionWorld.Today.UtcDateTime.AddMinutes(1), person.Single(l => l.Purpose == PersonalDataPurpose.OpenedCase).AccessedAt);

        var everyone = await log.ListAsync(world.Admin, null, null);
        var export = everyone.Single(l => l.Purpose == PersonalDataPurpose.ExportedCaseRows);
        Assert.Equal(("Sarah Mitchell", "Case rows of Year 2018/19", (int?)null), (export.StaffName, export.What, export.ComplainantId));
        Assert.Equal(3, (await log.ForCaseAsync(world.Admin, reference))!.Count(l => l.StaffName == "Sarah Mitchell"));
        Assert.Null(await log.ForCaseAsync(world.Admin, "CMP-1999-99999"));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => log.ListAsync(sarah, null, null));
    }

    [Fact]
    public async Task TheNightlyRunRemovesLinesOlderThanTheLogsOwnPeriod()
    {
        await using var world = await RetentionWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            db.PersonalDataAccessLog.Add(new PersonalDataAccess(world.Admin.Actor, new DateTime(2019, 3, 1, 9, 0, 0, DateTimeKind.Utc), PersonalDataPurpose.OpenedCase,
                world.AureliaId, world.AureliaCases[0], "OLD", null));
            db.PersonalDataAccessLog.Add(new PersonalDataAccess(world.Admin.Actor, new DateTime(2021, 3, 1, 9, 0, 0, DateTimeKind.Utc), PersonalDataPurpose.OpenedCase,
                world.BartholomewId, world.BartholomewOldCase, "NEWER", null));
            await db.SaveChangesAsync();
        }

        var run = await world.Database.Get<RetentionRun>().RunAsync();

        Assert.Equal(1, run!.AccessLogLinesRemoved);
        await using var check = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(["NEWER"], await check.PersonalDataAccessLog.Where(l => l.CaseReference != null).Select(l => l.CaseReference!).ToListAsync());
    }
}
