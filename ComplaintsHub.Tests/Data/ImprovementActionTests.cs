using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// The Waste case of <see cref="CaseWorld"/> and another Waste complaint from the demo data, raised by David Okafor (team
/// leader for Waste, Parking and Environmental Health) for Fiona Campbell (head of Environment) to own.
/// </summary>
public class ImprovementActionRaising
{
    /// <summary>The world's areas and cases, with the demo data's own improvement actions taken away: these tests count their own.</summary>
    internal static async Task<(int Waste, string OtherWaste, string Housing)> AreasAndCasesAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        await db.ImprovementActionEvents.ExecuteDeleteAsync();
        await db.ImprovementActionCases.ExecuteDeleteAsync();
        await db.ImprovementActions.ExecuteDeleteAsync();
        var waste = await db.ServiceAreas.Where(a => a.Name == "Waste & Recycling").Select(a => a.Id).SingleAsync();
        var other = await db.Complaints.Where(c => c.ServiceAreaId == waste && c.Id != world.CaseId).OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        var housing = await db.Complaints.Where(c => c.ServiceArea!.Name == "Housing").OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        return (waste, other, housing);
    }

    internal static ImprovementActionTerms Terms(CaseWorld world, int area, string owner = "Fiona Campbell", DateOnly? due = null) =>
        new("Missed assisted collections", "Put assisted collections on the crews' tablets and check them at the depot each morning.",
            area, world.Staff[owner].StaffUserId, due ?? new DateOnly(2027, 1, 29));

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AnActionRaisedFromTwoCasesIsListedForItsAreasManagersWithItsCasesAndHistory(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var (waste, other, _) = await AreasAndCasesAsync(world);
        var actions = world.Database.Get<ImprovementActions>();
        var query = world.Database.Get<ImprovementActionsQuery>();

        var id = await actions.RaiseAsync(new RaiseImprovementAction(Terms(world, waste), world.CaseId, [$" {other.ToLowerInvariant()} ", world.Reference]), world.Staff["David Okafor"]);

        var details = await query.GetAsync(id, world.Staff["Fiona Campbell"]);
        Assert.Equal((ImprovementActionStatus.Planned, "Fiona Campbell", "Waste & Recycling", new DateOnly(2026, 11, 20), true),
            (details.Status, details.Owner, details.ServiceArea, details.RaisedOn, details.MayChange));
        Assert.Equal(new[] { world.Reference, other }.Order(), details.Cases.Select(c => c.Reference));
        var raised = Assert.Single(details.History);
        Assert.Equal(("David Okafor", $"Raised from {world.Reference}, {other}; owner Fiona Campbell; due 29 January 2027."), (raised.By, raised.Summary));

        Assert.Equal([id], (await query.ListAsync(new ImprovementActionFilter(), world.Staff["Fiona Campbell"])).Rows.Select(r => r.Id));
        Assert.Equal([id], (await query.ListAsync(new ImprovementActionFilter { ServiceAreaId = waste }, world.Staff["Mark Ellis"])).Rows.Select(r => r.Id));
        Assert.Empty((await query.ListAsync(new ImprovementActionFilter(), world.Staff["Sarah Mitchell"])).Rows);
        await Assert.ThrowsAsync<DomainException>(() => query.GetAsync(id, world.Staff["Sarah Mitchell"]));
        Assert.Equal([id], (await query.ForCaseAsync(world.CaseId, world.Staff["David Okafor"]))!.Select(r => r.Id));
    }

    [Theory]
    [InlineData("Tom Bennett")]      // an officer of the area
    [InlineData("Sarah Mitchell")]   // a team leader of another area
    public async Task TheOwnerMustBeAHeadOfServiceOrTeamLeaderOfTheArea(string owner)
    {
        await using var world = await CaseWorld.CreateAsync();
        var (waste, _, _) = await AreasAndCasesAsync(world);

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            world.Database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(Terms(world, waste, owner), world.CaseId, []), world.Staff["David Okafor"]));

        Assert.Equal((ImprovementActionFields.Owner, "Choose a head of service or team leader of Waste & Recycling: they answer for changes to how it works."), (refusal.Field, refusal.Message));
        await AssertNoActionsAsync(world);
    }

    [Fact]
    public async Task ACaseTheRaiserCannotSeeIsRefusedNextToTheCasesFieldAndNothingIsSaved()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (waste, _, housing) = await AreasAndCasesAsync(world);

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            world.Database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(Terms(world, waste), world.CaseId, [housing]), world.Staff["David Okafor"]));

        Assert.Equal((ImprovementActionFields.Cases, $"There is no case {housing} that you can see: check the reference."), (refusal.Field, refusal.Message));
        await AssertNoActionsAsync(world);
    }

    [Fact]
    public async Task OfficersCannotRaiseThemAndTeamLeadersRaiseOnlyForTheirOwnAreas()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (waste, _, _) = await AreasAndCasesAsync(world);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var housingArea = await db.ServiceAreas.Where(a => a.Name == "Housing").Select(a => a.Id).SingleAsync();
        var actions = world.Database.Get<ImprovementActions>();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => actions.RaiseAsync(new RaiseImprovementAction(Terms(world, waste), world.CaseId, []), world.Staff["Tom Bennett"]));
        var otherArea = await Assert.ThrowsAsync<InputRefusedException>(() =>
            actions.RaiseAsync(new RaiseImprovementAction(Terms(world, housingArea, "Sarah Mitchell"), world.CaseId, []), world.Staff["David Okafor"]));
        Assert.Equal(ImprovementActionFields.ServiceArea, otherArea.Field);
        await AssertNoActionsAsync(world);
    }

    [Fact]
    public async Task ADueDateInThePastIsRefusedNextToTheDate()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (waste, _, _) = await AreasAndCasesAsync(world);

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => world.Database.Get<ImprovementActions>()
            .RaiseAsync(new RaiseImprovementAction(Terms(world, waste, due: new DateOnly(2026, 11, 19)), world.CaseId, []), world.Staff["David Okafor"]));

        Assert.Equal((ImprovementActionFields.DueDate, "The due date cannot be in the past."), (refusal.Field, refusal.Message));
    }

    [Fact]
    public async Task AnActionFromAnOmbudsmanDecisionNeedsFaultFoundAndLinksTheDecisionsCase()
    {
        await using var world = await CaseWorld.CreateAsync();
        var (waste, _, _) = await AreasAndCasesAsync(world);
        var (leader, admin) = (world.Staff["David Okafor"], world.Staff["Mark Ellis"]);
        async Task ApplyAsync(CaseCommand command, CurrentStaff by) => await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Mark Ellis")).Version, command, by);
        await ApplyAsync(new AcknowledgeCommand(null), leader);
        await ApplyAsync(new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);
        await ApplyAsync(new ReferToOmbudsmanCommand("25 001 234", new DateOnly(2026, 11, 20)), admin);
        var enquiry = Assert.Single((await world.OpenAsync("Mark Ellis")).OmbudsmanEnquiries).Id;
        var actions = world.Database.Get<ImprovementActions>();

        var undecided = await Assert.ThrowsAsync<DomainException>(() => actions.RaiseAsync(new RaiseImprovementAction(Terms(world, waste), null, [], enquiry), admin));
        await ApplyAsync(new RecordOmbudsmanDecisionCommand(OmbudsmanDecision.FaultNoInjustice, new DateOnly(2026, 11, 20)), admin);
        var id = await actions.RaiseAsync(new RaiseImprovementAction(Terms(world, waste), null, [], enquiry), admin);

        Assert.Equal("An improvement action is raised from an Ombudsman decision that found fault: record the decision first.", undecided.Message);
        var details = await world.Database.Get<ImprovementActionsQuery>().GetAsync(id, admin);
        Assert.Equal((ImprovementActionSource.OmbudsmanDecision, "Local Government and Social Care Ombudsman"), (details.Source, details.OmbudsmanBody));
        Assert.Equal([world.Reference], details.Cases.Select(c => c.Reference));
        Assert.StartsWith($"Raised from the Ombudsman's decision on {world.Reference};", details.History[0].Summary);
    }

    private static async Task AssertNoActionsAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.ImprovementActions.CountAsync());
        Assert.Equal(0, await db.ImprovementActionCases.CountAsync());
    }
}

public class ImprovementActionChanges
{
    private static async Task<(CaseWorld World, int Id)> RaisedAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var world = await CaseWorld.CreateAsync(provider);
        var (waste, _, _) = await ImprovementActionRaising.AreasAndCasesAsync(world);
        var id = await world.Database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(ImprovementActionRaising.Terms(world, waste), world.CaseId, []), world.Staff["David Okafor"]);
        return (world, id);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task StartedReDatedHandedOnAndDoneEachChangeIsOnItsHistory(DatabaseProvider provider)
    {
        var (world, id) = await RaisedAsync(provider);
        await using var _ = world;
        var actions = world.Database.Get<ImprovementActions>();
        var query = world.Database.Get<ImprovementActionsQuery>();
        var fiona = world.Staff["Fiona Campbell"];
        async Task<Guid> VersionAsync() => (await query.GetAsync(id, fiona)).Version;

        await actions.ApplyAsync(id, await VersionAsync(), new StartImprovementAction(), fiona);
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        await actions.ApplyAsync(id, await VersionAsync(), new RedateImprovementAction(new DateOnly(2027, 2, 26), "The tablet supplier is late."), fiona);
        await actions.ApplyAsync(id, await VersionAsync(), new ReassignImprovementAction(world.Staff["David Okafor"].StaffUserId), fiona);
        world.Database.Clock.Advance(TimeSpan.FromDays(10));
        await actions.ApplyAsync(id, await VersionAsync(), new CompleteImprovementAction("On the tablets since 1 December; no missed assisted bins since."), world.Staff["David Okafor"]);

        var details = await query.GetAsync(id, fiona);
        Assert.Equal((ImprovementActionStatus.Done, "David Okafor", new DateOnly(2027, 2, 26), (DateOnly?)new DateOnly(2026, 12, 1)),
            (details.Status, details.Owner, details.DueDate, details.EndedOn));
        Assert.Equal(
        [
            "Started.",
            "Due date moved from 29 January 2027 to 26 February 2027: The tablet supplier is late.",
            "Owner changed from Fiona Campbell to David Okafor.",
            "Done: On the tablets since 1 December; no missed assisted bins since.",
        ], details.History.Skip(1).Select(h => h.Summary));
        Assert.Equal(["Fiona Campbell", "Fiona Campbell", "Fiona Campbell", "David Okafor"], details.History.Skip(1).Select(h => h.By));
        Assert.Empty((await query.ListAsync(new ImprovementActionFilter(), fiona)).Rows);
        Assert.Equal([id], (await query.ListAsync(new ImprovementActionFilter { IncludeEnded = true }, fiona)).Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task ASaveOverSomeoneElsesChangeSaysWhoAndWhenAndSavesNothing()
    {
        var (world, id) = await RaisedAsync();
        await using var _ = world;
        var actions = world.Database.Get<ImprovementActions>();
        var seen = (await world.Database.Get<ImprovementActionsQuery>().GetAsync(id, world.Staff["Fiona Campbell"])).Version;
        await actions.ApplyAsync(id, seen, new StartImprovementAction(), world.Staff["David Okafor"]);

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => actions.ApplyAsync(id, seen, new DropImprovementAction("Covered by the new round."), world.Staff["Fiona Campbell"]));

        Assert.Equal("This improvement action was changed by David Okafor at 10:00 on 20 November while you had it open. Nothing you entered has been saved: reload the page to see the change, then try again.",
            refusal.Message);
        Assert.Equal(ImprovementActionStatus.InProgress, (await world.Database.Get<ImprovementActionsQuery>().GetAsync(id, world.Staff["Fiona Campbell"])).Status);
    }

    [Fact]
    public async Task OnlyTheAreasManagersTheOwnerAndTheComplaintsTeamMayChangeIt()
    {
        var (world, id) = await RaisedAsync();
        await using var _ = world;
        var actions = world.Database.Get<ImprovementActions>();
        var version = (await world.Database.Get<ImprovementActionsQuery>().GetAsync(id, world.Staff["Mark Ellis"])).Version;

        await Assert.ThrowsAsync<PermissionDeniedException>(() => actions.ApplyAsync(id, version, new StartImprovementAction(), world.Staff["Sarah Mitchell"]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => actions.ApplyAsync(id, version, new StartImprovementAction(), world.Staff["Tom Bennett"]));
        await actions.ApplyAsync(id, version, new StartImprovementAction(), world.Staff["Mark Ellis"]);
    }

    [Fact]
    public async Task HistoryLinesCannotBeRewritten()
    {
        var (world, id) = await RaisedAsync();
        await using var _ = world;
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var line = await db.ImprovementActionEvents.SingleAsync(e => e.ImprovementActionId == id);

        db.ImprovementActionEvents.Remove(line);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
