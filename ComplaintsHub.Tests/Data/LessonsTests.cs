using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// A council with no complaints but three logged on the test day and answered at once: a Waste complaint upheld (missed
/// assisted collections, raised as an improvement action), a Waste one not upheld, and a Housing one partly upheld
/// (repairs appointment not kept) and then found at fault by the Housing Ombudsman.
/// </summary>
internal sealed class LearningWorld : IAsyncDisposable
{
    public TestDatabase Database { get; private set; } = null!;
    public Dictionary<string, CurrentStaff> Staff { get; private set; } = null!;
    public Dictionary<string, string> References { get; } = [];
    public int ImprovementId { get; private set; }

    public static async Task<LearningWorld> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var world = new LearningWorld();
        await world.SetUpAsync(provider);
        return world;
    }

    private async Task SetUpAsync(DatabaseProvider provider)
    {
        Database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        await Database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await Database.Factory.CreateDbContextAsync();
        Staff = await Database.StaffByNameAsync();
        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id);
        var admin = Staff["Mark Ellis"];

        var waste = await AnsweredAsync("waste", areas["Waste & Recycling"], "David Okafor",
            new StageResponse(Outcome.Upheld, "Apology", RootCause: "Assisted collections were not on the crew's round sheet.", LessonLearnt: "Put assisted bins on the tablets."));
        await AnsweredAsync("waste-not", areas["Waste & Recycling"], "David Okafor", new StageResponse(Outcome.NotUpheld));
        var housing = await AnsweredAsync("housing", areas["Housing"], "Sarah Mitchell",
            new StageResponse(Outcome.PartlyUpheld, "Apology", RootCause: "The repairs appointment was not kept.", LessonLearnt: "Text tenants the day before."));
        await Database.ApplyAsync(housing, new ReferToOmbudsmanCommand("202612345", TestToday.Date), admin);
        await Database.ApplyAsync(housing, new RecordOmbudsmanDecisionCommand(OmbudsmanDecision.FaultAndInjustice, TestToday.Date, "Pay £150 for time and trouble.", TestToday.Date.AddDays(28)), admin);
        ImprovementId = await Database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(
            new ImprovementActionTerms("Assisted collections", "Add them to the tablets.", areas["Waste & Recycling"], Staff["Fiona Campbell"].StaffUserId, new DateOnly(2027, 1, 29)), waste, []),
            Staff["David Okafor"]);
    }

    private async Task<int> AnsweredAsync(string name, int area, string leader, StageResponse response)
    {
        var logged = await Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = area,
            ReceivedDate = TestToday.Date.AddDays(-3).ToDateTime(TimeOnly.MinValue),
            Description = $"Complaint {name}.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, Staff["Mark Ellis"]);
        References[name] = logged.Reference!;
        await Database.ApplyAsync(logged.ComplaintId!.Value, new AcknowledgeCommand(null), Staff[leader]);
        await Database.ApplyAsync(logged.ComplaintId!.Value, new RecordResponseCommand(response), Staff[leader]);
        return logged.ComplaintId!.Value;
    }


    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public class LessonsLearnt : IAsyncLifetime
{
    private static readonly ReportPeriod Q3 = ReportPeriod.ForQuarter(2026, 3);
    private LearningWorld _world = null!;

    public async Task InitializeAsync() => _world = await LearningWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<LessonsReport> ReportAsync(string person, LessonFilter? filter = null) => _world.Database.Get<LessonsQuery>().GetAsync(filter ?? new LessonFilter(Q3), _world.Staff[person]);

    [Fact]
    public async Task UpheldResponsesAndOmbudsmanFaultAreBroughtTogetherByAreaWithTheActionsTheyLedTo()
    {
        var report = await ReportAsync("Mark Ellis");

        Assert.Equal([("Housing", 0, 1, 1), ("Waste & Recycling", 1, 0, 0)], report.Themes.Select(t => (t.ServiceArea, t.Upheld, t.PartlyUpheld, t.OmbudsmanFault)).OrderBy(t => t.ServiceArea));
        Assert.Equal(new[] { _world.References["housing"], _world.References["waste"] }.Order(), report.Lessons.Select(l => l.Reference).Order());
        var waste = report.Lessons.Single(l => l.Reference == _world.References["waste"]);
        Assert.Equal(("Assisted collections were not on the crew's round sheet.", "Put assisted bins on the tablets."), (waste.RootCause, waste.Lesson));
        Assert.Equal([(_world.ImprovementId, "Assisted collections")], waste.Actions.Select(a => (a.Id, a.Theme)));
        Assert.Empty(report.Lessons.Single(l => l.Reference == _world.References["housing"]).Actions);
        var fault = Assert.Single(report.Ombudsman);
        Assert.Equal((_world.References["housing"], OmbudsmanDecision.FaultAndInjustice, "Pay £150 for time and trouble."), (fault.Reference, fault.Decision, fault.Remedy));
        Assert.Equal([_world.ImprovementId], report.ActionsRaised.Select(a => a.Id));
        Assert.Empty(report.ActionsDone);
    }

    [Fact]
    public async Task SearchingFindsALessonByWhatItSaysInAnyCase()
    {
        var report = await ReportAsync("Mark Ellis", new LessonFilter(Q3, Search: "  TABLETS "));

        Assert.Equal([_world.References["waste"]], report.Lessons.Select(l => l.Reference));
        Assert.Empty(report.Ombudsman);
        Assert.Equal([("Waste & Recycling", 1)], report.Themes.Select(t => (t.ServiceArea, t.Upheld)));
    }

    [Fact]
    public async Task ATeamLeaderSeesTheirOwnAreasLearningOnly()
    {
        var leader = await ReportAsync("Sarah Mitchell");
        var nextQuarter = await ReportAsync("Mark Ellis", new LessonFilter(ReportPeriod.ForQuarter(2026, 4)));

        Assert.Equal([_world.References["housing"]], leader.Lessons.Select(l => l.Reference));
        Assert.Empty(leader.ActionsRaised);
        Assert.Equal(["Housing"], leader.Themes.Select(t => t.ServiceArea));
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        var waste = await db.ServiceAreas.Where(a => a.Name == "Waste & Recycling").Select(a => a.Id).SingleAsync();
        await Assert.ThrowsAsync<PermissionDeniedException>(() => ReportAsync("Sarah Mitchell", new LessonFilter(Q3, waste)));
        Assert.Empty(nextQuarter.Lessons);
        Assert.Empty(nextQuarter.Themes);
    }

    [Fact]
    public async Task PortfolioHoldersAndOfficersAreRefusedTheCasesWords()
    {
        await Assert.ThrowsAsync<PermissionDeniedException>(() => ReportAsync("Cllr Janet Hughes"));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => ReportAsync("Tom Bennett"));
    }
}
