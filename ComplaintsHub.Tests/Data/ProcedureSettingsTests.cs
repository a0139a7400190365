using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class ProcedureSettingsChanges
{
    private static ProcedureSettings Settings(CaseWorld world) => world.Database.Get<ProcedureSettings>();

    private static async Task<ProcedureForm> FormAsync(CaseWorld world, string code) =>
        (await Settings(world).ListAsync()).Single(p => p.Code == code);

    private static async Task<ProcedureForm> CaseProcedureAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var procedureId = await db.Complaints.Where(c => c.Id == world.CaseId).Select(c => c.ProcedureId).SingleAsync();
        return (await Settings(world).ListAsync()).Single(p => p.Id == procedureId);
    }

    private static async Task<DateOnly?> Stage1ResponseDueAsync(CaseWorld world, int caseId)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return await db.ComplaintStages.Where(s => s.ComplaintId == caseId && s.StageNumber == 1).Select(s => s.ResponseDue).SingleAsync();
    }

    private static async Task AcknowledgeAsync(CaseWorld world, int caseId)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var version = await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        await world.Actions.ApplyAsync(caseId, version, new AcknowledgeCommand(null), world.Staff["Tom Bennett"]);
    }

    private static async Task<List<TimelineEvent>> SetupEventsAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return await db.TimelineEvents.Where(e => e.Type == TimelineEventType.SetupChanged).ToListAsync();
    }

    [Fact]
    public async Task AChangedStage1ResponseTimescaleGivesANewComplaintTheNewDeadlineWhileAnOpenOneKeepsItsOwn()
    {
        await using var world = await CaseWorld.CreateAsync();
        await AcknowledgeAsync(world, world.CaseId);
        var before = await Stage1ResponseDueAsync(world, world.CaseId);
        var form = await CaseProcedureAsync(world);
        Assert.Equal(10, form.Stages[0].ResponseWorkingDays);

        form.Stages[0].ResponseWorkingDays = 15;
        await Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]);
        var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await world.OpenAsync("Mark Ellis")).ServiceAreaId,
            ReceivedDate = new DateTime(2026, 11, 16),
            ReceivedTime = new TimeSpan(11, 0, 0),
            Description = "Bin left in the road again.",
            Complainant = new ComplainantForm { LastName = "Adeyemi", Phone = "07700 900456" },
        }, world.Staff["Tom Bennett"]);
        await AcknowledgeAsync(world, logged.ComplaintId!.Value);

        var calendar = await world.Database.Get<CalendarService>().GetAsync();
        var acknowledgedOn = DateOnly.FromDateTime(TestToday.HandWorkedNow.Date);
        Assert.Equal(calendar.AddWorkingDays(acknowledgedOn, 10), before);
        Assert.Equal(before, await Stage1ResponseDueAsync(world, world.CaseId));
        Assert.Equal(calendar.AddWorkingDays(acknowledgedOn, 15), await Stage1ResponseDueAsync(world, logged.ComplaintId!.Value));
    }

    [Fact]
    public async Task EveryChangeIsRecordedWithWhoWhenAndBeforeAndAfter()
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await FormAsync(world, "Corporate");

        form.Stages[0].ResponseWorkingDays = 15;
        form.Stages[1].ResponseClockStart = ClockStart.Receipt;
        form.OmbudsmanTimeLimitMonths = 6;
        form.RetentionYears = 7;
        await Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]);

        var change = Assert.Single(await SetupEventsAsync(world));
        Assert.Equal(("Mark Ellis", TestToday.HandWorkedNow.UtcDateTime, (int?)null), (change.ActorName, change.OccurredAt, change.ComplaintId));
        Assert.Equal("Corporate complaints procedure changed: Ombudsman time limit 12 months → 6 months; retention 6 years → 7 years; Stage 1 response 10 working days → 15 working days; "
            + "Stage 2 response clock from acknowledgement → from receipt.", change.Summary);
        var saved = await FormAsync(world, "Corporate");
        Assert.Equal((15, ClockStart.Receipt, 6, 7, "Mark Ellis"),
            (saved.Stages[0].ResponseWorkingDays, saved.Stages[1].ResponseClockStart, saved.OmbudsmanTimeLimitMonths, saved.RetentionYears, saved.UpdatedByName));
    }

    [Fact]
    public async Task TheHousingProcedureRefusesInformalResolution()
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await FormAsync(world, Procedure.HousingCode);

        form.AllowsInformalResolution = true;
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]));

        Assert.Equal(ProcedureFields.AllowsInformalResolution, refusal.Field);
        Assert.False((await FormAsync(world, Procedure.HousingCode)).AllowsInformalResolution);
        Assert.Empty(await SetupEventsAsync(world));
    }

    public static TheoryData<string, Action<ProcedureForm>> OutOfRange => new()
    {
        { ProcedureFields.Stage(1, ProcedureFields.AcknowledgeWorkingDays), f => f.Stages[0].AcknowledgeWorkingDays = 0 },
        { ProcedureFields.Stage(1, ProcedureFields.AcknowledgeWorkingDays), f => f.Stages[0].AcknowledgeWorkingDays = 21 },
        { ProcedureFields.Stage(2, ProcedureFields.ResponseWorkingDays), f => f.Stages[1].ResponseWorkingDays = 0 },
        { ProcedureFields.Stage(1, ProcedureFields.ResponseWorkingDays), f => f.Stages[0].ResponseWorkingDays = 131 },
        { ProcedureFields.Stage(2, ProcedureFields.MaxExtensionWorkingDays), f => f.Stages[1].MaxExtensionWorkingDays = -1 },
        { ProcedureFields.Stage(1, ProcedureFields.MaxExtensionWorkingDays), f => f.Stages[0].MaxExtensionWorkingDays = 66 },
        { ProcedureFields.Stage(1, ProcedureFields.EscalationWindow), f => f.Stages[0].EscalationWindow = null },
        { ProcedureFields.Stage(1, ProcedureFields.EscalationWindow), f => f.Stages[0].EscalationWindow = 366 },
        { ProcedureFields.OmbudsmanTimeLimitMonths, f => f.OmbudsmanTimeLimitMonths = 0 },
        { ProcedureFields.OmbudsmanTimeLimitMonths, f => f.OmbudsmanTimeLimitMonths = 25 },
        { ProcedureFields.RetentionYears, f => f.RetentionYears = 0 },
        { ProcedureFields.RetentionYears, f => f.RetentionYears = 101 },
        { ProcedureFields.OmbudsmanWebsite, f => f.OmbudsmanWebsite = "www.lgo.org.uk" },
        { ProcedureFields.OmbudsmanWebsite, f => f.OmbudsmanWebsite = "javascript:alert(1)" },
        { ProcedureFields.Name, f => f.Name = "  " },
        { ProcedureFields.Name, f => f.Name = new string('n', 121) },
        { ProcedureFields.Ombudsman, f => f.Ombudsman = "" },
        { ProcedureFields.Stages, f => f.Stages.Add(new ProcedureStageForm { StageNumber = 4, AcknowledgeWorkingDays = 5, ResponseWorkingDays = 20 }) },
    };

    [Theory, MemberData(nameof(OutOfRange))]
    public async Task AValueOutOfRangeIsRefusedNamingTheFieldAndNothingIsSaved(string field, Action<ProcedureForm> spoil)
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await FormAsync(world, "Corporate");
        if (field == ProcedureFields.Stages) form.Stages.Add(new ProcedureStageForm { StageNumber = 3, AcknowledgeWorkingDays = 5, ResponseWorkingDays = 20 });
        form.Stages[0].ResponseWorkingDays = 12;

        spoil(form);
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]));

        Assert.Equal(field, refusal.Field);
        Assert.Equal(10, (await FormAsync(world, "Corporate")).Stages[0].ResponseWorkingDays);
        Assert.Empty(await SetupEventsAsync(world));
    }

    [Fact]
    public async Task AStaleSaveIsRefusedNamingWhoChangedTheProcedureAndWhen()
    {
        await using var world = await CaseWorld.CreateAsync();
        var mine = await FormAsync(world, "Corporate");
        var theirs = await FormAsync(world, "Corporate");
        theirs.Stages[0].AcknowledgeWorkingDays = 3;
        await Settings(world).SaveAsync(theirs, world.Staff["Mark Ellis"]);

        mine.Stages[0].ResponseWorkingDays = 20;
        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => Settings(world).SaveAsync(mine, world.Staff["Mark Ellis"]));

        Assert.StartsWith("The Corporate complaints procedure was changed by Mark Ellis at 10:00 on 20 November while you had it open.", refusal.Message);
        var saved = await FormAsync(world, "Corporate");
        Assert.Equal((3, 10), (saved.Stages[0].AcknowledgeWorkingDays, saved.Stages[0].ResponseWorkingDays));
        Assert.Single(await SetupEventsAsync(world));
    }

    [Theory, InlineData("David Okafor"), InlineData("Tom Bennett"), InlineData("Cllr Janet Hughes")]
    public async Task OnlyTheComplaintsTeamMayChangeAProcedure(string person)
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await FormAsync(world, "Corporate");

        form.Stages[0].ResponseWorkingDays = 20;
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Settings(world).SaveAsync(form, world.Staff[person]));

        Assert.Equal(10, (await FormAsync(world, "Corporate")).Stages[0].ResponseWorkingDays);
        Assert.Empty(await SetupEventsAsync(world));
    }

    [Fact]
    public async Task AThirdStageCanBeAddedButAStageCasesHaveReachedCannotBeTakenAway()
    {
        await using var world = await CaseWorld.CreateAsync();
        await AcknowledgeAsync(world, world.CaseId);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), world.Staff["David Okafor"]);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Tom Bennett")).Version, new EscalateCommand(null), world.Staff["Tom Bennett"]);
        var form = await CaseProcedureAsync(world);
        form.Stages[1].EscalationWindow = 20;
        form.Stages.Add(new ProcedureStageForm { StageNumber = 3, AcknowledgeWorkingDays = 5, ResponseWorkingDays = 25, MaxExtensionWorkingDays = 0 });

        await Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]);
        var three = await CaseProcedureAsync(world);
        Assert.Equal([1, 2, 3], three.Stages.Select(s => s.StageNumber));
        Assert.Equal(25, three.Stages[2].ResponseWorkingDays);

        three.Stages.RemoveRange(1, 2);
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => Settings(world).SaveAsync(three, world.Staff["Mark Ellis"]));
        Assert.Equal((ProcedureFields.Stages, "Stage 2 has been opened on cases, so it cannot be taken away."), (refusal.Field, refusal.Message));
        Assert.Equal(3, (await CaseProcedureAsync(world)).Stages.Count);

        var two = await CaseProcedureAsync(world);
        two.Stages.RemoveAt(2);
        await Settings(world).SaveAsync(two, world.Staff["Mark Ellis"]);
        Assert.Equal([1, 2], (await CaseProcedureAsync(world)).Stages.Select(s => s.StageNumber));
    }
}
