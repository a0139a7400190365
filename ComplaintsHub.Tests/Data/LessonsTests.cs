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
public class LessonsLearnt : IAsyncLifetime
{
    private static readonly ReportPeriod Q3 = ReportPeriod.ForQuarter(2026, 3);
    private TestDatabase _database = null!;
    private Dictionary<string, CurrentStaff> _staff = null!;
    private readonly Dictionary<string, string> _references = [];
    private int _improvementId;

    public async Task InitializeAsync() => await SetUpAsync(DatabaseProvider.Sqlite);

    private async Task SetUpAsync(DatabaseProvider provider)
    {
        _database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id);
        var admin = _staff["Mark Ellis"];

        var waste = await AnsweredAsync("waste", areas["Waste & Recycling"], "David Okafor",
            new StageResponse(Outcome.Upheld, "Apology", RootCause: "Assisted collections were not on the crew's round sheet.", LessonLearnt: "Put assisted bins on the tablets."));
        await AnsweredAsync("waste-not", areas["Waste & Recycling"], "David Okafor", new StageResponse(Outcome.NotUpheld));
        var housing = await AnsweredAsync("housing", areas["Housing"], "Sarah Mitchell",
            new StageResponse(Outcome.PartlyUpheld, "Apology", RootCause: "The repairs appointment was not kept.", LessonLearnt: "Text tenants the day before."));
        await ApplyAsync(housing, new ReferToOmbudsmanCommand("202612345", TestToday.Date), admin);
        await ApplyAsync(housing, new RecordOmbudsmanDecisionCommand(OmbudsmanDecision.FaultAndInjustice, TestToday.Date, "Pay £150 for time and trouble.", TestToday.Date.AddDays(28)), admin);
        _improvementId = await _database.Get<ImprovementActions>().RaiseAsync(new RaiseImprovementAction(
            new ImprovementActionTerms("Assisted collections", "Add them to the tablets.", areas["Waste & Recycling"], _staff["Fiona Campbell"].StaffUserId, new DateOnly(2027, 1, 29)), waste, []),
            _staff["David Okafor"]);
    }

    private async Task<int> AnsweredAsync(string name, int area, string leader, StageResponse response)
    {
        var logged = await _database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = area,
            ReceivedDate = TestToday.Date.AddDays(-3).ToDateTime(TimeOnly.MinValue),
            Description = $"Complaint {name}.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, _staff["Mark Ellis"]);
        _references[name] = logged.Reference!;
        await ApplyAsync(logged.ComplaintId!.Value, new AcknowledgeCommand(null), _staff[leader]);
        await ApplyAsync(logged.ComplaintId!.Value, new RecordResponseCommand(response), _staff[leader]);
        return logged.ComplaintId!.Value;
    }

    private async Task ApplyAsync(int caseId, CaseCommand command, CurrentStaff by)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var version = await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        await _database.Get<CaseActions>().ApplyAsync(caseId, version, command, by);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<LessonsReport> ReportAsync(string person, LessonFilter? filter = null) => _database.Get<LessonsQuery>().GetAsync(filter ?? new LessonFilter(Q3), _staff[person]);

    [Fact]
    public async Task UpheldResponsesAndOmbudsmanFaultAreBroughtTogetherByAreaWithTheActionsTheyLedTo()
    {
        var report = await ReportAsync("Mark Ellis");

        Assert.Equal([("Housing", 0, 1, 1), ("Waste & Recycling", 1, 0, 0)], report.Themes.Select(t => (t.ServiceArea, t.Upheld, t.PartlyUpheld, t.OmbudsmanFault)).OrderBy(t => t.ServiceArea));
        Assert.Equal(new[] { _references["housing"], _references["waste"] }.Order(), report.Lessons.Select(l => l.Reference).Order());
        var waste = report.Lessons.Single(l => l.Reference == _references["waste"]);
        Assert.Equal(("Assisted collections were not on the crew's round sheet.", "Put assisted bins on the tablets."), (waste.RootCause, waste.Lesson));
        Assert.Equal([(_improvementId, "Assisted collections")], waste.Actions.Select(a => (a.Id, a.Theme)));
        Assert.Empty(report.Lessons.Single(l => l.Reference == _references["housing"]).Actions);
        var fault = Assert.Single(report.Ombudsman);
        Assert.Equal((_references["housing"], OmbudsmanDecision.FaultAndInjustice, "Pay £150 for time and trouble."), (fault.Reference, fault.Decision, fault.Remedy));
        Assert.Equal([_improvementId], report.ActionsRaised.Select(a => a.Id));
        Assert.Empty(report.ActionsDone);
    }

    [Fact]
    public async Task SearchingFindsALessonByWhatItSaysInAnyCase()
    {
        var report = await ReportAsync("Mark Ellis", new LessonFilter(Q3, Search: "  TABLETS "));

        Assert.Equal([_references["waste"]], report.Lessons.Select(l => l.Reference));
        Assert.Empty(report.Ombudsman);
        Assert.Equal([("Waste & Recycling", 1)], report.Themes.Select(t => (t.ServiceArea, t.Upheld)));
    }

    [Fact]
    public async Task ATeamLeaderSeesTheirOwnAreasLearningOnly()
    {
        var leader = await ReportAsync("Sarah Mitchell");
        var nextQuarter = await ReportAsync("Mark Ellis", new LessonFilter(ReportPeriod.ForQuarter(2026, 4)));

        Assert.Equal([_references["housing"]], leader.Lessons.Select(l => l.Reference));
        Assert.Empty(leader.ActionsRaised);
        Assert.Equal(["Housing"], leader.Themes.Select(t => t.ServiceArea));
        await using var db = await _database.Factory.CreateDbContextAsync();
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
