using System.Text;
using System.Text.RegularExpressions;
using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Components.Pages.Contacts;
using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Browser;
using ComplaintsHub.Tests.Components;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>A seeded council with one acknowledged Waste complaint, shared by tests that are refused (and so change nothing).</summary>
public sealed class AcknowledgedCaseFixture : IAsyncLifetime
{
    internal CaseWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        World = await CaseWorld.CreateAsync();
        var current = await World.OpenAsync("David Okafor");
        await World.Actions.ApplyAsync(current.Id, current.Version, new AcknowledgeCommand(null), World.Staff["David Okafor"]);
    }

    public async Task DisposeAsync() => await World.DisposeAsync();
}

/// <summary>Text pasted from other systems, as it enters the services.</summary>
[Trait("Category", "Hostile")]
public class InputTextCleaning
{
    [Theory]
    [InlineData("Smith\u0000", "Smith")]
    [InlineData("O\u000BBrien", "OBrien")]
    [InlineData("\u0001Jones", "Jones")]
    [InlineData("a\u001Fb\u007Fc\u0085d", "abcd")]
    [InlineData("line one\r\nline two", "line one\nline two")]
    [InlineData("old\rmac", "old\nmac")]
    [InlineData("col1\tcol2\n", "col1\tcol2\n")]
    [InlineData("smile \uD83D\uDE00", "smile \uD83D\uDE00")]
    [InlineData("\uFFFE\uFFFF", "")]
    public void ControlCharactersGoAndTabsNewLinesAndWholeCharactersStay(string typed, string kept)
    {
        Assert.Equal(kept, InputText.Clean(typed));
    }

    [Fact]
    public void HalfASurrogatePairIsRemoved()
    {
        // Built here: a lone surrogate does not survive being a test case's data.
        var typed = "half " + '\uD800' + " pair " + '\uDC00';

        Assert.Equal("half  pair ", InputText.Clean(typed));
    }
}

/// <summary>Over-long text, out-of-range numbers and implausible dates on a case's actions.</summary>
[Trait("Category", "Hostile")]
public class HostileCaseActions(AcknowledgedCaseFixture fixture) : IClassFixture<AcknowledgedCaseFixture>
{
    private CaseWorld World => fixture.World;
    private CurrentStaff Leader => World.Staff["David Okafor"];
    private CurrentStaff Admin => World.Staff["Mark Ellis"];

    private static readonly string TooLong = new('x', TextLimits.Notes + 1);

    [Theory]
    [InlineData("note", CaseActionFields.Text)]
    [InlineData("call", CaseActionFields.Text)]
    [InlineData("withdraw", CaseActionFields.Text)]
    [InlineData("reopen", CaseActionFields.Text)]
    [InlineData("correct date", CaseActionFields.Text)]
    [InlineData("convert", CaseActionFields.Text)]
    [InlineData("partner", CaseActionFields.Text)]
    [InlineData("extend", CaseActionFields.Text)]
    [InlineData("escalate", CaseActionFields.Text)]
    [InlineData("remedy", CaseActionFields.Text)]
    [InlineData("root cause", CaseActionFields.RootCause)]
    [InlineData("lesson", CaseActionFields.LessonLearnt)]
    [InlineData("ombudsman reference", CaseActionFields.Text)]
    [InlineData("ombudsman remedy", CaseActionFields.Text)]
    public async Task OverLongTextIsRefusedNamingItsFieldAndNothingIsSaved(string action, string field)
    {
        var before = await World.OpenAsync("Mark Ellis");
        var (id, version, today) = (before.Id, before.Version, TestToday.Date);

        Task Act() => action switch
        {
            "note" => World.Actions.ApplyAsync(id, version, new AddNoteCommand(TooLong), Leader),
            "call" => World.Actions.ApplyAsync(id, version, new LogCallCommand(today, TooLong), Leader),
            "withdraw" => World.Actions.ApplyAsync(id, version, new WithdrawCommand(TooLong), Leader),
            "reopen" => World.Actions.ApplyAsync(id, version, new ReopenCommand(TooLong), Leader),
            "correct date" => World.Actions.ApplyAsync(id, version, new CorrectReceivedDateCommand(new DateTime(2026, 11, 13, 10, 0, 0), TooLong), Leader),
            "convert" => World.Actions.ApplyAsync(id, version, new ConvertToComplaintCommand(TooLong), Leader),
            "partner" => World.Actions.ApplyAsync(id, version, new RecordPartnerResponseCommand(TooLong), Leader),
            "extend" => World.Actions.ApplyAsync(id, version, new ExtendCommand(5, TooLong, today), Leader),
            "escalate" => World.Actions.ApplyAsync(id, version, new EscalateCommand(TooLong), Leader),
            "remedy" => World.Actions.ApplyAsync(id, version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld, TooLong)), Leader),
            "root cause" => World.Actions.ApplyAsync(id, version, new RecordResponseCommand(new StageResponse(Outcome.Upheld, "Apology.", null, TooLong, "Lesson.")), Leader),
            "lesson" => World.Actions.ApplyAsync(id, version, new RecordResponseCommand(new StageResponse(Outcome.Upheld, "Apology.", null, "Cause.", TooLong)), Leader),
            "ombudsman reference" => World.Actions.ApplyAsync(id, version, new ReferToOmbudsmanCommand(new string('9', TextLimits.Reference + 1), today), Admin),
            "ombudsman remedy" => World.Actions.ApplyAsync(id, version, new RecordOmbudsmanDecisionCommand(OmbudsmanDecision.FaultAndInjustice, today, TooLong, today.AddDays(30)), Admin),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(Act);

        Assert.Equal(field, refusal.Field);
        var after = await World.OpenAsync("Mark Ellis");
        Assert.Equal((version, before.Timeline.Count), (after.Version, after.Timeline.Count));
    }

    [Fact]
    public async Task ANoteExactlyAtTheLimitIsSavedWhole()
    {
        var before = await World.OpenAsync("Mark Ellis");

        await World.Actions.ApplyAsync(before.Id, before.Version, new AddNoteCommand(new string('n', TextLimits.Notes)), Leader);

        Assert.Equal(TextLimits.Notes, (await NoteSummariesAsync()).Max(s => s.Length) - "Note: ".Length);
    }

    [Fact]
    public async Task ControlCharactersInANoteNeverReachTheDatabase()
    {
        var before = await World.OpenAsync("Mark Ellis");

        await World.Actions.ApplyAsync(before.Id, before.Version, new AddNoteCommand("Called\u0000 back\u000B about\u0001 the\r\nbins"), Leader);

        Assert.Contains("Note: Called back about the\nbins", await NoteSummariesAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MaxValue)]
    [InlineData(11)]
    public async Task AnExtensionOutsideTheAllowedDaysIsRefusedNotChanged(int days)
    {
        var before = await World.OpenAsync("Mark Ellis");
        var due = before.Stages.Single(s => s.Number == 1).ResponseDue;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            World.Actions.ApplyAsync(before.Id, before.Version, new ExtendCommand(days, "Waiting for the crew's records.", TestToday.Date), Leader));

        Assert.Equal(CaseActionFields.WorkingDays, refusal.Field);
        var after = await World.OpenAsync("Mark Ellis");
        Assert.Equal((before.Version, due, 0), (after.Version, after.Stages.Single(s => s.Number == 1).ResponseDue, after.Stages.Single(s => s.Number == 1).Extensions.Count));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("100000.01")]
    [InlineData("12.345")]
    public async Task RedressOutsidePoundsAndPenceInRangeIsRefusedNotReplaced(string pounds)
    {
        var before = await World.OpenAsync("Mark Ellis");

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            World.Actions.ApplyAsync(before.Id, before.Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld, "Explained the policy.", decimal.Parse(pounds))), Leader));

        Assert.Equal(CaseActionFields.FinancialRedress, refusal.Field);
        Assert.Equal((before.Version, CaseStatus.Acknowledged), ((await World.OpenAsync("Mark Ellis")).Version, (await World.OpenAsync("Mark Ellis")).Status));
    }

    [Theory]
    [InlineData("call", 1, 1, 1)]
    [InlineData("call", 9999, 12, 31)]
    [InlineData("call", 1999, 12, 31)]
    [InlineData("correct date", 1, 1, 1)]
    [InlineData("correct date", 9999, 12, 31)]
    [InlineData("extension told", 1, 1, 1)]
    public async Task ImplausibleDatesAreRefusedNamingTheDate(string action, int year, int month, int day)
    {
        var before = await World.OpenAsync("Mark Ellis");
        var date = new DateOnly(year, month, day);

        Task Act() => action switch
        {
            "call" => World.Actions.ApplyAsync(before.Id, before.Version, new LogCallCommand(date, "Spoke to the caller."), Leader),
            "correct date" => World.Actions.ApplyAsync(before.Id, before.Version, new CorrectReceivedDateCommand(date.ToDateTime(new TimeOnly(10, 0)), "Letter was date-stamped late."), Leader),
            _ => World.Actions.ApplyAsync(before.Id, before.Version, new ExtendCommand(5, "Waiting for the crew's records.", date), Leader),
        };
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(Act);

        Assert.Equal(CaseActionFields.Date, refusal.Field);
        Assert.Equal(before.Version, (await World.OpenAsync("Mark Ellis")).Version);
    }

    private async Task<List<string>> NoteSummariesAsync()
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync();
        return await db.TimelineEvents.Where(e => e.ComplaintId == World.CaseId && e.Type == TimelineEventType.NoteAdded).Select(e => e.Summary).ToListAsync();
    }
}

/// <summary>The "Log a contact" form filled with too much, or with characters that break letters.</summary>
[Trait("Category", "Hostile")]
public class HostileContactLogForm(AcknowledgedCaseFixture fixture) : IClassFixture<AcknowledgedCaseFixture>
{
    private CaseWorld World => fixture.World;

    [Theory]
    [InlineData(ContactLogFields.Title, TextLimits.Title)]
    [InlineData(ContactLogFields.FirstName, TextLimits.Name)]
    [InlineData(ContactLogFields.LastName, TextLimits.Name)]
    [InlineData(ContactLogFields.AddressLine1, TextLimits.Address)]
    [InlineData(ContactLogFields.Town, TextLimits.Town)]
    [InlineData(ContactLogFields.Postcode, TextLimits.Postcode)]
    [InlineData(ContactLogFields.Phone, TextLimits.Phone)]
    [InlineData(ContactLogFields.Email, TextLimits.Email)]
    [InlineData(ContactLogFields.ReasonableAdjustments, TextLimits.Adjustments)]
    [InlineData(ContactLogFields.RepresentativeName, TextLimits.Name)]
    [InlineData(ContactLogFields.RepresentativeContact, TextLimits.Address)]
    [InlineData(ContactLogFields.Description, TextLimits.Notes)]
    [InlineData(ContactLogFields.DesiredOutcome, TextLimits.Notes)]
    [InlineData(ContactLogFields.SharedServicePartner, TextLimits.Label)]
    public async Task OneCharacterOverAFieldsLimitIsRefusedNextToThatFieldAndNothingIsLogged(string field, int limit)
    {
        var form = await ValidFormAsync();
        var tooLong = new string('7', limit + 1);
        switch (field)
        {
            case ContactLogFields.Title: form.Complainant.Title = tooLong; break;
            case ContactLogFields.FirstName: form.Complainant.FirstName = tooLong; break;
            case ContactLogFields.LastName: form.Complainant.LastName = tooLong; break;
            case ContactLogFields.AddressLine1: form.Complainant.AddressLine1 = tooLong; break;
            case ContactLogFields.Town: form.Complainant.Town = tooLong; break;
            case ContactLogFields.Postcode: form.Complainant.Postcode = tooLong; break;
            case ContactLogFields.Phone: form.Complainant.Phone = tooLong; break;
            case ContactLogFields.Email: form.Complainant.Email = tooLong; break;
            case ContactLogFields.ReasonableAdjustments: form.Complainant.ReasonableAdjustments = tooLong; break;
            case ContactLogFields.RepresentativeName: form.Complainant.RepresentativeName = tooLong; break;
            case ContactLogFields.RepresentativeContact: form.Complainant.RepresentativeContact = tooLong; break;
            case ContactLogFields.Description: form.Description = tooLong; break;
            case ContactLogFields.DesiredOutcome: form.DesiredOutcome = tooLong; break;
            case ContactLogFields.SharedServicePartner: form.SharedServicePartner = tooLong; break;
        }
        var count = await CountComplaintsAsync();

        var result = await World.Database.Get<ContactLogging>().LogAsync(form, World.Staff["Tom Bennett"]);

        Assert.Equal([field], result.Errors.Keys);
        Assert.Equal(TextLimits.TooLong(Label(result.Errors[field]), limit, limit + 1), result.Errors[field]);
        Assert.Equal(count, await CountComplaintsAsync());
    }

    [Fact]
    public async Task ControlCharactersInTheCallersDetailsNeverReachTheDatabase()
    {
        var form = await ValidFormAsync();
        form.Complainant.LastName = "O\u0000Brien\u000B";
        form.Complainant.FirstName = "\u0001Siobhan";
        form.Description = "Bin\u0001 missed\r\nagain";

        var result = await World.Database.Get<ContactLogging>().LogAsync(form, World.Staff["Tom Bennett"]);

        await using var db = await World.Database.Factory.CreateDbContextAsync();
        var stored = await db.Complaints.Include(c => c.Complainant).SingleAsync(c => c.Id == result.ComplaintId);
        Assert.Equal(("Siobhan", "OBrien", "Bin missed\nagain"), (stored.Complainant!.FirstName, stored.Complainant.LastName, stored.Description));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public async Task AReceivedDateInAnImplausibleYearIsRefused(int year, int month, int day)
    {
        var form = await ValidFormAsync();
        form.ReceivedDate = new DateTime(year, month, day);

        var result = await World.Database.Get<ContactLogging>().LogAsync(form, World.Staff["Tom Bennett"]);

        Assert.Equal([ContactLogFields.Received], result.Errors.Keys);
    }

    /// <summary>The "what" the message starts with, taken back out of it, so the whole message can be compared.</summary>
    private static string Label(string message) => message[..message.IndexOf(" is too long", StringComparison.Ordinal)];

    private async Task<ContactLogForm> ValidFormAsync()
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync();
        return new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id,
            ReceivedDate = new DateTime(2026, 11, 18),
            ReceivedTime = new TimeSpan(10, 0, 0),
            Description = "Green bin missed.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        };
    }

    private async Task<int> CountComplaintsAsync()
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync();
        return await db.Complaints.CountAsync();
    }
}

/// <summary>Letters written with too much text, a negative redress or an action due in year 1.</summary>
[Trait("Category", "Hostile")]
public class HostileLetterText
{
    [Fact]
    public async Task ALetterOverTheLimitIsRefusedAndTheDraftKeepsItsText()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (letters, leader) = (world.Database.Get<LetterService>(), world.Staff["David Okafor"]);
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            letters.SaveDraftAsync(draftId, draft.Version, draft.Text + new string('x', TextLimits.LetterText), leader));

        Assert.Equal(LetterService.DraftTextField, refusal.Field);
        Assert.Equal((draft.Version, draft.Text), ((await letters.DraftAsync(draftId, leader))!.Version, (await letters.DraftAsync(draftId, leader))!.Text));
    }

    [Fact]
    public async Task ControlCharactersInALetterAreCleanedBeforeItIsSaved()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (letters, leader) = (world.Database.Get<LetterService>(), world.Staff["David Okafor"]);
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        await letters.SaveDraftAsync(draftId, draft.Version, draft.Text + "\nPasted\u000B from\u0001 elsewhere\u0000.", leader);

        Assert.EndsWith("\nPasted from elsewhere.", (await letters.DraftAsync(draftId, leader))!.Text);
    }

    [Fact]
    public async Task ANegativeRedressIsRefusedAndNoDraftIsStarted()
    {
        await using var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        var current = await world.OpenAsync("David Okafor");
        await world.Actions.ApplyAsync(current.Id, current.Version, new AcknowledgeCommand(null), leader);

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => world.Database.Get<LetterService>().CreateDraftAsync(world.Reference, LetterType.Stage1Response,
            new LetterDecision { Outcome = Outcome.NotUpheld, FinancialRedress = -5m }, leader));

        Assert.Equal(CompositionFields.FinancialRedress, refusal.Field);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.LetterDrafts.CountAsync(d => d.ComplaintId == world.CaseId));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public async Task AnActionDateOutOfRangeIsRefusedUnderItsFieldAndNothingIsIssued(int year, int month, int day)
    {
        await using var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        var letters = world.Database.Get<LetterService>();
        var current = await world.OpenAsync("David Okafor");
        await world.Actions.ApplyAsync(current.Id, current.Version, new AcknowledgeCommand(null), leader);
        var decision = new LetterDecision
        {
            Outcome = Outcome.NotUpheld, Reasons = "The round ran.", Points = [new LetterPoint("Missed bin", Outcome.NotUpheld, "The tracker shows it was emptied.")],
            OutstandingActions = [new LetterAction("Review the round", new DateOnly(year, month, day), "Waste team")],
        };
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Stage1Response, decision, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, new LetterComposition(draft.WhatYouToldUs, draft.Decision), draft.Text, leader));

        Assert.Equal(CompositionFields.ActionBy(0), refusal.Field);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.IssuedLetters.CountAsync(l => l.ComplaintId == world.CaseId));
    }
}

/// <summary>A letter template pasted in far beyond any letter's length.</summary>
[Trait("Category", "Hostile")]
public class HostileTemplateText
{
    [Fact]
    public async Task ATemplateOverTheLimitIsRefusedAsAProblemAndNoRevisionIsSaved()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var body = DefaultLetterTemplates.All[LetterType.Acknowledgement] + new string(' ', TextLimits.Template);

        var result = await letters.SaveTemplateAsync(LetterType.Acknowledgement, null, body, 1, world.Staff["Mark Ellis"]);

        Assert.Equal((false, 1), (result.Saved, result.Problems.Count));
        Assert.Equal(1, (await letters.CurrentTemplateAsync(LetterType.Acknowledgement, null))!.Revision);
    }
}

/// <summary>The complaints team's settings: the calendar and the reporting figures.</summary>
[Trait("Category", "Hostile")]
public class HostileSettings
{
    [Theory]
    [InlineData(1, 1, 1, CalendarService.DateField)]
    [InlineData(9999, 12, 31, CalendarService.DateField)]
    [InlineData(2026, 12, 24, CalendarService.DescriptionField)]
    public async Task ACalendarDayInAnImplausibleYearOrWithAnOverLongDescriptionIsRefused(int year, int month, int day, string field)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var description = field == CalendarService.DescriptionField ? new string('d', TextLimits.Label + 1) : "Council closure";

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(async () =>
            await database.Get<CalendarService>().AddAdjustmentAsync(new DateOnly(year, month, day), CalendarAdjustmentKind.Closure, description, await AdminAsync(database)));

        Assert.Equal(field, refusal.Field);
        Assert.Empty(await database.Get<CalendarService>().ListAdjustmentsAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("90.25")]
    [InlineData("-5")]
    public async Task ATargetOutsideOneToAHundredInTenthsIsRefusedAndTheOldOneStays(string percent)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();

        await Assert.ThrowsAsync<DomainException>(async () => await settings.SetTargetAsync(decimal.Parse(percent), null, await AdminAsync(database)));

        Assert.Equal(ReportingSettings.DefaultTargetPercent, (await settings.GetTargetAsync()).TargetPercent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(NumberLimits.MaxHomes + 1)]
    public async Task HomesOutsideTheirRangeAreRefusedAndNothingIsStored(int homes)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = database.Get<ReportingSettingsService>();

        await Assert.ThrowsAsync<DomainException>(async () => await settings.SetHomesAsync(2026, homes, null, await AdminAsync(database)));

        Assert.Empty(await settings.ListHomesAsync());
    }

    internal static async Task<CurrentStaff> AdminAsync(TestDatabase database)
    {
        var admin = await database.Get<StaffDirectory>().RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        return new CurrentStaff(admin.StaffUserId, admin.DisplayName, admin.Roles.ToHashSet());
    }
}

/// <summary>GOV.UK bank-holidays.json files that are wrong in one way each: refused whole, each problem by line.</summary>
[Trait("Category", "Hostile")]
public class HostileBankHolidayFiles
{
    /// <summary>A file whose fourth line is <paramref name="event"/>, between two good events on lines 3 and 5.</summary>
    internal static string FileWith(string @event) =>
        "{\n" +
        "  \"england-and-wales\": { \"division\": \"england-and-wales\", \"events\": [\n" +
        "    { \"title\": \"Christmas Day\", \"date\": \"2026-12-25\", \"notes\": \"\", \"bunting\": true },\n" +
        $"    {@event},\n" +
        "    { \"title\": \"Boxing Day\", \"date\": \"2026-12-28\", \"notes\": \"Substitute day\", \"bunting\": true }\n" +
        "  ] }\n" +
        "}\n";

    [Theory]
    [InlineData("""{ "title": 42, "date": "2026-05-04" }""")]
    [InlineData("""{ "title": "Early May bank holiday", "date": 20260504 }""")]
    [InlineData("""{ "title": "Early May bank holiday", "date": null }""")]
    [InlineData("""{ "title": "Early May bank holiday" }""")]
    [InlineData("""{ "date": "2026-05-04" }""")]
    [InlineData("""{ "title": "", "date": "2026-05-04" }""")]
    [InlineData("""{ "title": "Leap day", "date": "2026-02-30" }""")]
    [InlineData("""{ "title": "Early May bank holiday", "date": "04/05/2026" }""")]
    [InlineData("""{ "title": "Year one", "date": "0001-01-01" }""")]
    [InlineData("""{ "title": "Far future", "date": "9999-12-31" }""")]
    [InlineData(""" "2026-05-04" """)]
    [InlineData("""[ "Early May bank holiday", "2026-05-04" ]""")]
    public void AnEventThatCannotBeReadIsReportedOnItsLineAndNothingIsReturned(string @event)
    {
        var refusal = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse(FileWith(@event), TestToday.Date));

        Assert.Equal(4, Assert.Single(refusal.Problems).Line);
    }

    [Fact]
    public void ATitleOverItsLimitIsReportedOnItsLine()
    {
        var title = new string('t', TextLimits.Label + 1);

        var refusal = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse(FileWith($$"""{ "title": "{{title}}", "date": "2026-05-04" }"""), TestToday.Date));

        Assert.Equal(4, Assert.Single(refusal.Problems).Line);
    }

    [Fact]
    public void ADateListedTwiceIsReportedOnTheSecondLineNamingTheFirst()
    {
        var refusal = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse(FileWith("""{ "title": "Christmas again", "date": "2026-12-25" }"""), TestToday.Date));

        Assert.Equal("Line 4: 2026-12-25 is listed twice (first on line 3).", Assert.Single(refusal.Problems).ToString());
    }

    [Fact]
    public void EveryBadEventIsListedNotOnlyTheFirst()
    {
        var json = FileWith("""{ "title": 1, "date": 2 }""").Replace("\"2026-12-28\"", "\"28/12/2026\"");

        var refusal = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse(json, TestToday.Date));

        Assert.Equal([4, 5], refusal.Problems.Select(p => p.Line));
    }

    [Fact]
    public void BrokenJsonIsReportedOnTheLineWhereItBreaks()
    {
        var refusal = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse(FileWith("""{ "title": "Early May bank holiday" "date": "2026-05-04" }"""), TestToday.Date));

        Assert.Equal(4, Assert.Single(refusal.Problems).Line);
    }

    [Fact]
    public async Task AMalformedFileChangesNothingInTheCalendar()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var calendars = database.Get<CalendarService>();

        await Assert.ThrowsAsync<GovUkImportException>(async () =>
            await calendars.ImportGovUkAsync(FileWith("""{ "title": "Christmas again", "date": "2026-12-25" }"""), await HostileSettings.AdminAsync(database)));

        Assert.Empty(await calendars.ListAdjustmentsAsync());
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.TimelineEvents.CountAsync(e => e.Type == TimelineEventType.CalendarChanged));
    }
}

/// <summary>The same refusals as the person sees them: counters near the limit and messages next to the field.</summary>
[Trait("Category", "Hostile")]
public class HostileFormFields : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Dictionary<string, CurrentStaff> _staff = null!;
    private ContactLogResult _case = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        _case = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id,
            ReceivedDate = new DateTime(2026, 11, 16),
            Description = "Assisted collection missed again.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, _staff["Tom Bennett"]);
        AddCasePageServices(_database);
        Services.AddSingleton(_database.Get<ContactLogging>());
        Services.AddSingleton(_database.Get<CalendarService>());
        Services.AddSingleton<IDraftStore>(new NoDraftStore());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(10, null)]
    [InlineData(80, "80 / 100")]
    [InlineData(100, "100 / 100")]
    [InlineData(101, "101 / 100")]
    public void TheSurnameShowsACounterOnlyNearItsLimit(int length, string? counter)
    {
        var page = OpenLogContact();

        Surname(page).Input(new string('s', length));

        page.WaitForAssertion(() => Assert.Equal(counter, SurnameControl(page).QuerySelector(".mud-input-helper-text .ms-auto")?.TextContent.Trim()));
    }

    [Fact]
    public void ASurnameOverTheLimitIsRefusedNextToTheFieldAsItIsTyped()
    {
        var page = OpenLogContact();

        Surname(page).Input(new string('s', TextLimits.Name + 1));

        page.WaitForAssertion(() => Assert.Equal(TextLimits.TooLong("The surname", TextLimits.Name, TextLimits.Name + 1),
            SurnameControl(page).QuerySelector(".mud-input-helper-text.mud-input-error .me-auto")?.TextContent.Trim()));
    }

    [Fact]
    public async Task AnExtensionOfNoDaysIsRefusedNextToTheDaysAndNothingIsSaved()
    {
        var current = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["David Okafor"])).Case;
        await _database.Get<CaseActions>().ApplyAsync(current.Id, current.Version, new AcknowledgeCommand(null), _staff["David Okafor"]);
        var page = OpenCase("David Okafor");
        page.WaitForAssertion(() => Assert.Contains("Extend", page.FindAll("[data-testid=case-actions] button").Select(b => b.TextContent.Trim())));
        page.FindAll("[data-testid=case-actions] button").Single(b => b.TextContent.Trim() == "Extend").Click();

        var days = ControlLabelled(page, "Extend by (working days)");
        days.QuerySelector("input")!.Change("0");
        ControlLabelled(page, "Reason (the complainant is told this)").QuerySelector("textarea")!.Input("Waiting for the crew's records.");
        page.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.NotNull(ControlLabelled(page, "Extend by (working days)").QuerySelector(".mud-input-error")));
        var after = Assert.IsType<CaseLookup.Found>(await _database.Get<CaseQuery>().GetAsync(_case.Reference!, _staff["Mark Ellis"])).Case;
        Assert.Empty(after.Stages.Single(s => s.Number == 1).Extensions);
    }

    [Fact]
    public void AMalformedBankHolidayFileIsListedByLineOnTheCalendarPage()
    {
        SignIn(_staff["Mark Ellis"].StaffUserId, "Mark Ellis", StaffRole.ComplaintsAdmin);
        var page = RenderSignedIn<CalendarAdmin>();

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText(HostileBankHolidayFiles.FileWith("""{ "title": 42, "date": 20260504 }"""), "bank-holidays.json"));

        page.WaitForAssertion(() => Assert.StartsWith("Line 4:", page.Find("[data-testid=import-problems]").TextContent.Trim()));
    }

    private IRenderedComponent<LogContact> OpenLogContact()
    {
        SignIn(_staff["Tom Bennett"].StaffUserId, "Tom Bennett", StaffRole.Officer);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var page = RenderSignedIn<LogContact>().FindComponent<LogContact>();
        page.WaitForElement("[data-testid=save-contact]");
        return page;
    }

    private IRenderedComponent<CasePage> OpenCase(string person)
    {
        SignIn(_staff[person].StaffUserId, person, _staff[person].Roles.ToArray());
        return Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _case.Reference!)).FindComponent<CasePage>();
    }

    private static AngleSharp.Dom.IElement ControlLabelled<T>(IRenderedComponent<T> page, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static AngleSharp.Dom.IElement SurnameControl(IRenderedComponent<LogContact> page) => ControlLabelled(page, "Surname");

    private static AngleSharp.Dom.IElement Surname(IRenderedComponent<LogContact> page) => SurnameControl(page).QuerySelector("input")!;

    /// <summary>These tests never reload the form, so drafts need not be kept.</summary>
    private sealed class NoDraftStore : IDraftStore
    {
        public Task SaveAsync<T>(string key, T value) => Task.CompletedTask;

        public Task<T?> LoadAsync<T>(string key) where T : class => Task.FromResult<T?>(null);

        public Task DeleteAsync(string key) => Task.CompletedTask;
    }
}

/// <summary>Long text pasted into the real page, over the live connection.</summary>
[Trait("Category", "Hostile")]
[Collection(BrowserCollection.Name)]
public class HostileLongTextInTheBrowser(BrowserFixture browser)
{
    [Fact]
    public async Task FortyThousandCharactersInANoteAreRefusedNextToTheNoteAndNothingIsSaved()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        await SignInAndOpenAsync(page, $"/cases/{reference}");
        var entries = await page.GetByTestId("timeline-entry").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a note" }).ClickAsync();
        await page.GetByLabel("Note").FillAsync(Words(40_000));
        await page.GetByTestId("confirm-action").ClickAsync();

        var note = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("Note") });
        await Assertions.Expect(note.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync(new Regex("^The note is too long: it can be at most 10,000 characters"));
        await Assertions.Expect(page.GetByTestId("timeline-entry")).ToHaveCountAsync(entries);
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var caseId = await db.Complaints.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
        Assert.Equal(0, await db.TimelineEvents.CountAsync(e => e.ComplaintId == caseId && e.Type == TimelineEventType.NoteAdded));
    }

    [Fact]
    public async Task AFortyThousandCharacterLetterArrivesWholeAndIsSaved()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        var leader = (await factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == "David Okafor");
        var asLeader = new CurrentStaff(leader.Id, leader.DisplayName, leader.Roles.ToHashSet());
        var letters = factory.Get<LetterService>();
        var draftId = await letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, asLeader);
        await SignInAndOpenAsync(page, $"/letters/drafts/{draftId}");
        await page.GetByText("Change the wording by hand").ClickAsync();
        var text = page.GetByTestId("letter-text");
        var longer = await text.InputValueAsync() + "\n" + Words(40_000) + "\nEnd of the pasted report.";

        await text.FillAsync(longer);
        // The preview is drawn from what the server holds: once it shows the last line, the whole text has arrived.
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync("End of the pasted report.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("draft-error")).ToHaveCountAsync(0);
        await AssertEventuallyAsync(async () => Assert.Equal(longer.Length, (await letters.DraftAsync(draftId, asLeader))!.Text.Length));
    }

    private static async Task SignInAndOpenAsync(IPage page, string path)
    {
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as David Okafor" }).ClickAsync();
        await page.GotoAsync(path);
        await SignInJourney.WaitUntilInteractiveAsync(page);
    }

    /// <summary>Ordinary words, as a pasted document would be, to exactly <paramref name="length"/> characters.</summary>
    private static string Words(int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length) text.Append("The crew did not collect the bin. ");
        return text.ToString(0, length);
    }

    private static async Task AssertEventuallyAsync(Func<Task> assertion)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
    }
}
