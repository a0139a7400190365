using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>A seeded council plus one fresh complaint about Waste & Recycling, logged by Tom Bennett.</summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public required TestDatabase Database { get; init; }
    public required string Reference { get; init; }
    public required int CaseId { get; init; }
    public required Dictionary<string, CurrentStaff> Staff { get; init; }

    public CaseQuery Query => Database.Get<CaseQuery>();
    public CaseActions Actions => Database.Get<CaseActions>();
    public AssignableStaffQuery Assignable => Database.Get<AssignableStaffQuery>();

    public static async Task<CaseWorld> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 40);
        await using var db = await database.Factory.CreateDbContextAsync();
        var staff = await db.StaffUsers.Include(s => s.Roles).ToListAsync();
        var people = staff.ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling");
        var logged = await database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = waste.Id,
            ReceivedDate = new DateTime(2026, 11, 16),
            ReceivedTime = new TimeSpan(10, 0, 0),
            Description = "Assisted collection missed again.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, people["Tom Bennett"]);
        return new CaseWorld { Database = database, Reference = logged.Reference!, CaseId = logged.ComplaintId!.Value, Staff = people };
    }

    public async Task<CaseDetails> OpenAsync(string person) =>
        Assert.IsType<CaseLookup.Found>(await Query.GetAsync(Reference, Staff[person])).Case;

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public class CaseAccessAndActions
{
    [Fact]
    public async Task StaffOfTheServiceAreaAndTheComplaintsTeamCanOpenTheCaseOthersCannot()
    {
        await using var world = await CaseWorld.CreateAsync();

        Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(world.Reference, world.Staff["David Okafor"]));   // team leader for Waste
        Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(world.Reference, world.Staff["Mark Ellis"]));     // complaints team
        Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(world.Reference.ToLowerInvariant(), world.Staff["Tom Bennett"]));
        var housing = Assert.IsType<CaseLookup.NoAccess>(await world.Query.GetAsync(world.Reference, world.Staff["Priya Shah"]));
        Assert.Equal("This case belongs to Waste & Recycling, which is not one of your service areas.", housing.Reason);
        var councillor = Assert.IsType<CaseLookup.NoAccess>(await world.Query.GetAsync(world.Reference, world.Staff["Cllr Janet Hughes"]));
        Assert.Equal("Your role sees figures only, not individual cases.", councillor.Reason);
        Assert.IsType<CaseLookup.NotFound>(await world.Query.GetAsync("CMP-1999-00001", world.Staff["Mark Ellis"]));
    }

    [Fact]
    public async Task ARepeatCallersOtherContactsAreLinkedOnTheCase()
    {
        await using var world = await CaseWorld.CreateAsync();
        var first = await world.OpenAsync("Mark Ellis");
        var second = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            Classification = ContactClassification.ServiceRequest,
            ServiceAreaId = first.ServiceAreaId,
            ReceivedDate = new DateTime(2026, 11, 18),
            Description = "Asked for a replacement bin.",
            ExistingComplainantId = first.Complainant!.Id,
        }, world.Staff["Tom Bennett"]);

        var link = Assert.Single((await world.OpenAsync("Mark Ellis")).LinkedCases);

        Assert.Equal((second.Reference, ContactClassification.ServiceRequest), (link.Reference, link.Classification));
    }

    [Fact]
    public async Task AnOfficerCannotActOnACaseOutsideTheirServiceAreas()
    {
        await using var world = await CaseWorld.CreateAsync();
        var version = (await world.OpenAsync("Mark Ellis")).Version;

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Actions.ApplyAsync(world.CaseId, version, new AcknowledgeCommand(null), world.Staff["Priya Shah"]));

        Assert.Equal("You do not have access to this case.", refusal.Message);
        Assert.Equal(CaseStatus.Received, (await world.OpenAsync("Mark Ellis")).Status);
    }

    [Fact]
    public async Task TheCasePageOffersOnlyWhatTheRoleAndStateAllowAndSaysWhy()
    {
        await using var world = await CaseWorld.CreateAsync();

        var asOfficer = await world.OpenAsync("Tom Bennett");
        var asLeader = await world.OpenAsync("David Okafor");

        Assert.True(asOfficer.Can(ComplaintAction.Acknowledge));
        Assert.Equal("Allocating is for a team leader, head of service or the complaints team.", asOfficer.Action(ComplaintAction.Allocate)!.Refusal);
        Assert.True(asLeader.Can(ComplaintAction.Allocate));
        Assert.Equal("Closing is not possible while the case is received.", asLeader.Action(ComplaintAction.Close)!.Refusal);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheSecondOfTwoPeopleActingOnTheSameVersionIsToldWhoChangedItAndWhen(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var seen = (await world.OpenAsync("David Okafor")).Version;
        await world.Actions.ApplyAsync(world.CaseId, seen, new AcknowledgeCommand(null), world.Staff["Tom Bennett"]);

        var officers = await world.Assignable.OfficersForAsync((await world.OpenAsync("David Okafor")).ServiceAreaId);
        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            world.Actions.ApplyAsync(world.CaseId, seen, new AllocateCommand(officers.First().Id), world.Staff["David Okafor"]));

        Assert.Equal("This case was changed by Tom Bennett at 10:00 on 20 November while you had it open. Nothing you entered has been saved: reload the case to see the change, then try again.", refusal.Message);
        var now = await world.OpenAsync("David Okafor");
        Assert.Null(now.AllocatedOfficerId);
        Assert.Equal(CaseStatus.Acknowledged, now.Status);
    }

    [Fact]
    public async Task ATeamLeaderTakesStage1FromAllocationToCloseAndEveryStepIsOnTheTimeline()
    {
        await using var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        var officers = await world.Assignable.OfficersForAsync((await world.OpenAsync("David Okafor")).ServiceAreaId);
        Assert.Contains(officers, o => o.Name == "Tom Bennett");

        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AllocateCommand(officers.Single(o => o.Name == "Tom Bennett").Id), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new ExtendCommand(5, "Waiting for the crew's records.", new DateOnly(2026, 11, 20)), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new RecordResponseCommand(new StageResponse(Outcome.Upheld, "Apology and collections restored.", 50m, "Round change not passed to crews.", "Assisted list checked at every round change.")), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new CloseCommand(), leader);

        var closed = await world.OpenAsync("David Okafor");
        Assert.Equal((CaseStatus.Closed, Outcome.Upheld, "Tom Bennett"), (closed.Status, closed.Outcome!.Value, closed.AllocatedOfficer));
        Assert.Equal(50m, closed.Stages.Single().FinancialRedress);
        Assert.Equal([TimelineEventType.Closed, TimelineEventType.ResponseSent, TimelineEventType.Extended, TimelineEventType.Acknowledged, TimelineEventType.Allocated, TimelineEventType.Logged],
            closed.Timeline.Select(t => t.Type));
        Assert.All(closed.Timeline.Take(5), t => Assert.Equal("David Okafor", t.ActorName));
    }

    [Fact]
    public async Task Stage2IsAnsweredByAHeadOfServiceNotATeamLeader()
    {
        await using var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Tom Bennett")).Version, new EscalateCommand(null), world.Staff["Tom Bennett"]);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);

        var version = (await world.OpenAsync("David Okafor")).Version;
        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Actions.ApplyAsync(world.CaseId, version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader));
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Fiona Campbell")).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), world.Staff["Fiona Campbell"]);

        Assert.Equal("Recording a response is for a head of service or the complaints team.", refusal.Message);
        var answered = await world.OpenAsync("Fiona Campbell");
        Assert.Equal((2, CaseStatus.Responded), (answered.CurrentStage, answered.Status));
        Assert.NotNull(answered.OmbudsmanTimeLimit);
    }
}
