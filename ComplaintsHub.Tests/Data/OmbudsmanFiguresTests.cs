using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// Four Ombudsman decisions in 2025/26, looked at on 20 November 2026. Housing Ombudsman: one fault with injustice whose
/// remedy was complied with on time, one no fault. Local Government and Social Care Ombudsman (Waste, a corporate
/// complaint): one fault without injustice whose remedy is overdue, one not investigated.
/// </summary>
internal sealed class OmbudsmanYearWorld : IAsyncDisposable
{
    public const int Year = 2025;
    public TestDatabase Database { get; private set; } = null!;
    public Dictionary<string, CurrentStaff> Staff { get; private set; } = null!;
    public CurrentStaff Admin => Staff["Mark Ellis"];

    public static async Task<OmbudsmanYearWorld> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var world = new OmbudsmanYearWorld();
        await world.SetUpAsync(provider);
        return world;
    }

    private async Task SetUpAsync(DatabaseProvider provider)
    {
        Database = await TestDatabase.CreateAsync(provider, new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        await Database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        Staff = await Database.StaffByNameAsync();

        var referred = new DateOnly(2025, 6, 2);
        var cases = new List<(int Id, OmbudsmanDecision Decision, bool Remedy)>();
        foreach (var (area, leader, decision, remedy) in new[]
                 {
                     ("Housing", "Sarah Mitchell", OmbudsmanDecision.FaultAndInjustice, true), ("Housing", "Sarah Mitchell", OmbudsmanDecision.NoFault, false),
                     ("Waste & Recycling", "David Okafor", OmbudsmanDecision.FaultNoInjustice, true), ("Waste & Recycling", "David Okafor", OmbudsmanDecision.NotInvestigated, false),
                 })
        {
            var id = await AnsweredAsync(area, leader);
            await Database.ApplyAsync(id, new ReferToOmbudsmanCommand(null, referred), Admin);
            cases.Add((id, decision, remedy));
        }

        Database.Clock.SetUtcNow(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        foreach (var (id, decision, remedy) in cases)
        {
            await Database.ApplyAsync(id, new RecordOmbudsmanDecisionCommand(decision, new DateOnly(2025, 8, 15), remedy ? "Apologise and pay £200." : null, remedy ? new DateOnly(2025, 10, 1) : null), Admin);
        }

        Database.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 10, 9, 0, 0, TimeSpan.Zero));
        await Database.ApplyAsync(cases[0].Id, new RecordRemedyComplianceCommand(new DateOnly(2025, 9, 20)), Admin);
        Database.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    }

    private async Task<int> AnsweredAsync(string area, string leader)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        var logged = await Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = await db.ServiceAreas.Where(a => a.Name == area).Select(a => a.Id).SingleAsync(),
            ReceivedDate = new DateTime(2025, 6, 2),
            Description = $"A complaint about {area}.",
            Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, Admin);
        var id = logged.ComplaintId!.Value;
        await Database.ApplyAsync(id, new AcknowledgeCommand(null), Staff[leader]);
        await Database.ApplyAsync(id, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), Staff[leader]);
        return id;
    }


    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public class OmbudsmanYearComparison
{
    private static IEnumerable<(string, string?, string, bool)> Lines(OmbudsmanComparison comparison, OmbudsmanScheme scheme) =>
        OmbudsmanComparisonLines.For(comparison.Schemes.Single(s => s.Scheme == scheme)).Select(l => (l.Measure, l.Letter, l.Recorded, l.Differs));

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheLettersFiguresAreSetBesideTheCouncilsOwnRecordsOfTheYearAndDisagreementsMarked(DatabaseProvider provider)
    {
        await using var world = await OmbudsmanYearWorld.CreateAsync(provider);
        var reviews = world.Database.Get<OmbudsmanAnnualReviews>();

        await reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.LocalGovernment, new OmbudsmanReviewFigures(3, 1, 1, 100m, 0), null, world.Admin);
        await reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(2, null, 1, 100m, null), null, world.Admin);
        var comparison = await reviews.CompareAsync(OmbudsmanYearWorld.Year, world.Admin);

        Assert.Equal(
        [
            ("Complaints and enquiries decided", "3", "2", true),
            ("Detailed investigations", "1", "1", false),
            ("Upheld", "1", "1", false),
            ("Upheld rate (of those investigated)", "100%", "100%", false),
            ("Compliance with recommendations", "100%", "0%", true),
            ("Satisfactory remedy provided by the council", "0", OmbudsmanComparisonLines.NotRecorded, false),
        ], Lines(comparison, OmbudsmanScheme.LocalGovernment));
        Assert.Equal(
        [
            ("Determinations", "2", "2", false),
            ("Findings of maladministration", "1", "1", false),
            ("Maladministration rate", "50%", "50%", false),
            ("Compliance with orders", "100%", "100%", false),
        ], Lines(comparison, OmbudsmanScheme.Housing));
    }

    [Fact]
    public async Task AYearNotYetEnteredShowsTheRecordsAloneAndAnotherYearHasNoneOfThisYearsDecisions()
    {
        await using var world = await OmbudsmanYearWorld.CreateAsync();
        var reviews = world.Database.Get<OmbudsmanAnnualReviews>();

        var thisYear = await reviews.CompareAsync(OmbudsmanYearWorld.Year, world.Admin);
        var yearBefore = await reviews.CompareAsync(OmbudsmanYearWorld.Year - 1, world.Admin);

        Assert.All(thisYear.Schemes, s => Assert.Null(s.Entered));
        Assert.Equal([("Determinations", null, "2", false)], Lines(thisYear, OmbudsmanScheme.Housing).Take(1));
        Assert.All(yearBefore.Schemes, s => Assert.Equal(0, s.Recorded.DecisionsMade));
    }

    [Fact]
    public async Task FiguresThatCannotBeTrueAreRefusedNextToTheirFieldAndNothingIsSaved()
    {
        await using var world = await OmbudsmanYearWorld.CreateAsync();
        var reviews = world.Database.Get<OmbudsmanAnnualReviews>();

        var moreUpheld = await Assert.ThrowsAsync<InputRefusedException>(() =>
            reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.LocalGovernment, new OmbudsmanReviewFigures(10, 4, 5, null, null), null, world.Admin));
        var housingInvestigations = await Assert.ThrowsAsync<InputRefusedException>(() =>
            reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(10, 4, 2, null, null), null, world.Admin));
        var percent = await Assert.ThrowsAsync<InputRefusedException>(() =>
            reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(10, null, 2, 100.5m, null), null, world.Admin));

        Assert.Equal((OmbudsmanReviewFields.Upheld, "More were upheld than investigated: check the letter."), (moreUpheld.Field, moreUpheld.Message));
        Assert.Equal(OmbudsmanReviewFields.Investigated, housingInvestigations.Field);
        Assert.Equal(OmbudsmanReviewFields.Compliance, percent.Field);
        Assert.All((await reviews.CompareAsync(OmbudsmanYearWorld.Year, world.Admin)).Schemes, s => Assert.Null(s.Entered));
    }

    [Fact]
    public async Task ACorrectionOverSomeoneElsesNamesThemAndOnlyTheComplaintsTeamEntersFigures()
    {
        await using var world = await OmbudsmanYearWorld.CreateAsync();
        var reviews = world.Database.Get<OmbudsmanAnnualReviews>();
        await reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(2, null, 1, null, null), null, world.Admin);
        var seen = (await reviews.CompareAsync(OmbudsmanYearWorld.Year, world.Admin)).Schemes.Single(s => s.Scheme == OmbudsmanScheme.Housing).Entered!.Version;
        await reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(3, null, 1, null, null), seen, world.Admin);

        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(4, null, 1, null, null), seen, world.Admin));
        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            reviews.SaveAsync(OmbudsmanYearWorld.Year, OmbudsmanScheme.Housing, new OmbudsmanReviewFigures(4, null, 1, null, null), null, world.Staff["James Whitfield"]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => reviews.CompareAsync(OmbudsmanYearWorld.Year, world.Staff["Cllr Janet Hughes"]));

        Assert.StartsWith("The Housing Ombudsman's figures for 2025/26 were changed by Mark Ellis at 10:00 on 20 November", stale.Message);
        Assert.Equal(3, (await reviews.CompareAsync(OmbudsmanYearWorld.Year, world.Admin)).Schemes.Single(s => s.Scheme == OmbudsmanScheme.Housing).Entered!.Figures.Decided);
    }
}
