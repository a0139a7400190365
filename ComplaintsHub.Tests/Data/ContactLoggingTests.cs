using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class ContactLoggingService
{
    private static async Task<(TestDatabase Database, CurrentStaff Officer, int WasteId)> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using var db = await database.Factory.CreateDbContextAsync();
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Tom Bennett");
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling");
        return (database, new CurrentStaff(officer.Id, officer.DisplayName, new HashSet<StaffRole> { StaffRole.Officer }), waste.Id);
    }

    private static ContactLogForm PhoneComplaint(int areaId, string lastName = "Okonkwo") => new()
    {
        ServiceAreaId = areaId,
        ReceivedDate = new DateTime(2026, 11, 20),
        ReceivedTime = new TimeSpan(9, 45, 0),
        Description = "Green bin missed three weeks running.",
        Complainant = new ComplainantForm { FirstName = "Grace", LastName = lastName, Phone = "07700 900123", Postcode = "ab1 2cd" },
    };

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AComplaintFromAPhoneCallGetsTheNextReferenceAndItsDeadlines(DatabaseProvider provider)
    {
        var (database, officer, waste) = await SeededAsync(provider);
        await using var _ = database;
        await using var before = await database.Factory.CreateDbContextAsync();
        var last = (await before.ReferenceCounters.SingleAsync(c => c.Prefix == "CMP" && c.Year == 2026)).LastNumber;

        var result = await database.Get<ContactLogging>().LogAsync(PhoneComplaint(waste), officer);

        Assert.Equal(ReferenceCounter.Format("CMP", 2026, last + 1), result.Reference);
        await using var db = await database.Factory.CreateDbContextAsync();
        var saved = await db.Complaints.Include(c => c.Stages).Include(c => c.Complainant).SingleAsync(c => c.Id == result.ComplaintId);
        Assert.Equal((Channel.Phone, UkTime.ToUtc(new DateTime(2026, 11, 20, 9, 45, 0))), (saved.Channel, saved.ReceivedAt));
        Assert.Equal(new DateOnly(2026, 11, 27), saved.Stages.Single().AcknowledgementDue);
        Assert.Equal(("AB1 2CD", "07700900123"), (saved.Complainant!.Postcode, saved.Complainant.PhoneDigits));
        Assert.Equal("Greenway Environmental Services", (await db.SharedServicePartners.SingleAsync(p => p.Id == db.ServiceAreas.Single(a => a.Id == waste).PartnerId)).Name);
    }

    [Fact]
    public async Task ALetterReceivedLastWeekCountsFromItsOwnDate()
    {
        var (database, officer, waste) = await SeededAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        var form = PhoneComplaint(waste);
        form.Channel = Channel.Letter;
        form.ReceivedDate = new DateTime(2026, 11, 12);

        var result = await database.Get<ContactLogging>().LogAsync(form, officer);

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(new DateOnly(2026, 11, 19), (await db.ComplaintStages.SingleAsync(s => s.ComplaintId == result.ComplaintId)).AcknowledgementDue);
    }

    [Fact]
    public async Task EachProblemIsReportedAgainstItsFieldAndNothingIsSaved()
    {
        var (database, officer, _) = await SeededAsync(DatabaseProvider.Sqlite);
        await using var __ = database;
        await using var before = await database.Factory.CreateDbContextAsync();
        var count = await before.Complaints.CountAsync();
        var form = new ContactLogForm
        {
            ReceivedDate = new DateTime(2026, 11, 21),
            Complainant = new ComplainantForm { FirstName = "Grace", Phone = "123", Email = "grace-at-example", Postcode = "XYZ" },
        };

        var result = await database.Get<ContactLogging>().LogAsync(form, officer);

        Assert.False(result.Saved);
        Assert.Equal(new Dictionary<string, string>
        {
            [ContactLogFields.Received] = "The date received cannot be in the future.",
            [ContactLogFields.Description] = "Describe what the contact is about, in the caller's words where you can.",
            [ContactLogFields.ServiceArea] = "Choose the service area.",
            [ContactLogFields.LastName] = "Enter the person's surname.",
            [ContactLogFields.Phone] = "That is not a UK phone number: it needs 10 or 11 digits.",
            [ContactLogFields.Email] = "That is not an email address (it needs an @ and a domain).",
            [ContactLogFields.Postcode] = "That is not a UK postcode, e.g. AB1 2CD.",
        }, result.Errors);
        await using var after = await database.Factory.CreateDbContextAsync();
        Assert.Equal(count, await after.Complaints.CountAsync());
    }

    [Fact]
    public async Task AComplaintNeedsSomeoneToReplyToButACommentMayBeAnonymous()
    {
        var (database, officer, waste) = await SeededAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        var form = PhoneComplaint(waste);
        form.Complainant = new ComplainantForm();

        var complaint = await database.Get<ContactLogging>().LogAsync(form, officer);
        form.Classification = ContactClassification.Comment;
        var comment = await database.Get<ContactLogging>().LogAsync(form, officer);

        Assert.Equal("Find the person on record, or enter their surname and one way to contact them.", complaint.Errors[ContactLogFields.Complainant]);
        Assert.StartsWith("CMT-2026-", comment.Reference);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task SavingTheSameFormTwiceLogsOneCase(DatabaseProvider provider)
    {
        var (database, officer, waste) = await SeededAsync(provider);
        await using var _ = database;
        var form = PhoneComplaint(waste);
        var logging = database.Get<ContactLogging>();

        var results = await Task.WhenAll(logging.LogAsync(form, officer), logging.LogAsync(form, officer));
        var later = await logging.LogAsync(form, officer);

        Assert.Single(results.Select(r => r.Reference).Append(later.Reference).Distinct());
        Assert.True(later.AlreadyLogged);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Complaints.CountAsync(c => c.SubmissionId == form.SubmissionId));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task OfficersLoggingAtTheSameMomentGetDifferentReferences(DatabaseProvider provider)
    {
        var (database, officer, waste) = await SeededAsync(provider);
        await using var _ = database;
        var logging = database.Get<ContactLogging>();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => logging.LogAsync(PhoneComplaint(waste, $"Caller{i}"), officer)));

        Assert.All(results, r => Assert.True(r.Saved));
        Assert.Equal(4, results.Select(r => r.Reference).Distinct().Count());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ARepeatCallerIsFoundBySurnamePostcodePhoneOrEmailHoweverItIsTyped(DatabaseProvider provider)
    {
        var (database, officer, waste) = await SeededAsync(provider);
        await using var _ = database;
        var logging = database.Get<ContactLogging>();
        var form = PhoneComplaint(waste, "Zyskowska");
        form.Complainant.Email = "Grace.Z@Example.org";
        form.Complainant.Postcode = "ZZ9 9ZZ";
        await logging.LogAsync(form, officer);

        foreach (var term in new[] { "zysk", "Grace Zysk", "zz99zz", "ZZ9 9", "07700900123", "+44 7700 900123", "grace.z@ex" })
        {
            var matches = await logging.FindComplainantsAsync(term, officer);
            Assert.True(matches.Any(m => m.Name == "Grace Zyskowska" && m.Cases == 1), $"not found by \"{term}\"");
        }
    }

    [Fact]
    public async Task ACouncillorCannotSearchForComplainants()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var councillor = new CurrentStaff(Guid.NewGuid(), "Cllr Janet Hughes", new HashSet<StaffRole> { StaffRole.PortfolioHolder });

        await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<ContactLogging>().FindComplainantsAsync("Smith", councillor));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<ContactLogging>().LogAsync(new ContactLogForm(), councillor));
    }
}
