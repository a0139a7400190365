using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>The demo council's staff and the Codes' provisions as first put in, on 20 November 2026 (financial year 2026/27; 2025/26 just ended).</summary>
public class CodeSelfAssessment : IAsyncLifetime
{
    private const int LastYear = 2025;
    private const int ThisYear = 2026;
    private TestDatabase _database = null!;
    private CurrentStaff _admin = null!;
    private SelfAssessments _assessments = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        await _database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await _database.Get<FirstStartDefaults>().EnsureAsync();
        await using var db = await _database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == "Mark Ellis");
        _admin = new CurrentStaff(admin.Id, admin.DisplayName, admin.Roles.Select(r => r.Role).ToHashSet());
        _assessments = _database.Get<SelfAssessments>();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<SelfAssessmentView> ViewAsync(int year, OmbudsmanScheme scheme = OmbudsmanScheme.Housing) => _database.Get<SelfAssessmentQuery>().GetAsync(year, scheme, _admin);

    private async Task<int> ProvisionAsync(string reference, OmbudsmanScheme scheme = OmbudsmanScheme.Housing) =>
        (await ViewAsync(ThisYear, scheme)).Rows.Single(r => r.Reference == reference).ProvisionId;

    [Fact]
    public async Task EachCodesProvisionsArePutInOnceInTheCodesOrderAndTheHousingOnlyOnesOnlyInTheHousingCode()
    {
        await _database.Get<FirstStartDefaults>().EnsureAsync();

        var housing = await ViewAsync(ThisYear);
        var council = await ViewAsync(ThisYear, OmbudsmanScheme.LocalGovernment);

        Assert.Equal(CodeProvisionCatalogue.For(OmbudsmanScheme.Housing).Count, housing.Rows.Count);
        Assert.Equal(CodeProvisionCatalogue.For(OmbudsmanScheme.LocalGovernment).Count, council.Rows.Count);
        Assert.Contains(housing.Rows, r => r.Reference == "5.2");
        Assert.DoesNotContain(council.Rows, r => r.Reference == "5.2");
        var stage1 = housing.Rows.Select(r => r.Reference).SkipWhile(r => r != "6.9").Take(2);
        Assert.Equal(["6.9", "6.10"], stage1);
        Assert.Contains("complainant", council.Rows.Single(r => r.Reference == "1.3").Requirement);
        Assert.Equal(housing.Rows.Count, housing.Unanswered);
    }

    [Fact]
    public async Task LastYearsAnswersAreCarriedForwardMarkedForReviewWithoutTouchingThisYearsOwnAnswers()
    {
        await _assessments.AnswerAsync(LastYear, await ProvisionAsync("6.2"), CodeCompliance.Complies, "Acknowledged within 5 working days in 98% of cases.", null, null, _admin);
        await _assessments.AnswerAsync(LastYear, await ProvisionAsync("6.4"), CodeCompliance.Partly, "One in five extension letters gave no reason.", "Template requires the reason.", null, _admin);
        await _assessments.AnswerAsync(LastYear, await ProvisionAsync("3.3"), CodeCompliance.Partly, "Adjustments not always recorded.", "Record them as flags.", null, _admin);
        await _assessments.AnswerAsync(ThisYear, await ProvisionAsync("3.3"), CodeCompliance.Complies, "Adjustments recorded as flags since April.", null, null, _admin);
        Assert.Equal(2, (await ViewAsync(ThisYear)).CanCarryForward);

        var carried = await _assessments.CarryForwardAsync(ThisYear, OmbudsmanScheme.Housing, _admin);

        var view = await ViewAsync(ThisYear);
        Assert.Equal((2, 2, 0), (carried, view.ToReview, view.CanCarryForward));
        var extension = view.Rows.Single(r => r.Reference == "6.4").Answer!;
        Assert.Equal((CodeCompliance.Partly, "One in five extension letters gave no reason.", "Template requires the reason.", true),
            (extension.Compliance, extension.Evidence, extension.Action, extension.CarriedForward));
        Assert.Equal(("Adjustments recorded as flags since April.", false), (view.Rows.Single(r => r.Reference == "3.3").Answer!.Evidence, view.Rows.Single(r => r.Reference == "3.3").Answer!.CarriedForward));
        Assert.Equal(0, await _assessments.CarryForwardAsync(ThisYear, OmbudsmanScheme.Housing, _admin));

        await _assessments.AnswerAsync(ThisYear, await ProvisionAsync("6.4"), CodeCompliance.Complies, "Every extension letter now gives the reason.", null, extension.Version, _admin);

        var reviewed = await ViewAsync(ThisYear);
        Assert.Equal((1, 2, 0), (reviewed.ToReview, reviewed.Count(CodeCompliance.Complies), reviewed.Count(CodeCompliance.Partly)));
        Assert.Equal(2, (await ViewAsync(LastYear)).Count(CodeCompliance.Partly));
    }

    [Fact]
    public async Task AnAnswerThatFallsShortNeedsAnActionAndEveryAnswerNeedsEvidence()
    {
        var provision = await ProvisionAsync("6.13");

        var noAction = await Assert.ThrowsAsync<InputRefusedException>(() => _assessments.AnswerAsync(ThisYear, provision, CodeCompliance.DoesNotComply, "Same officer at both stages in small teams.", " ", null, _admin));
        var noEvidence = await Assert.ThrowsAsync<InputRefusedException>(() => _assessments.AnswerAsync(ThisYear, provision, CodeCompliance.Complies, "", null, null, _admin));

        Assert.Equal((CodeProvisionFields.Action, CodeProvisionFields.Evidence), (noAction.Field, noEvidence.Field));
        Assert.Null((await ViewAsync(ThisYear)).Rows.Single(r => r.Reference == "6.13").Answer);
    }

    [Fact]
    public async Task AReviewOverSomeoneElsesNamesThemAndOthersCannotSeeOrChangeTheSelfAssessment()
    {
        var provision = await ProvisionAsync("6.2");
        await _assessments.AnswerAsync(ThisYear, provision, CodeCompliance.Complies, "Within 5 days.", null, null, _admin);
        var seen = (await ViewAsync(ThisYear)).Rows.Single(r => r.ProvisionId == provision).Answer!.Version;
        await _assessments.AnswerAsync(ThisYear, provision, CodeCompliance.Partly, "Late in December.", "Cover rota.", seen, _admin);

        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() => _assessments.AnswerAsync(ThisYear, provision, CodeCompliance.Complies, "x", null, seen, _admin));
        var head = new CurrentStaff(Guid.NewGuid(), "James Whitfield", new HashSet<StaffRole> { StaffRole.HeadOfService });

        Assert.StartsWith("The answer to Housing Ombudsman Code 6.2 for 2026/27 was changed by Mark Ellis at 10:00 on 20 November", stale.Message);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => _database.Get<SelfAssessmentQuery>().GetAsync(ThisYear, OmbudsmanScheme.Housing, head));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => _assessments.CarryForwardAsync(ThisYear, OmbudsmanScheme.Housing, head));
    }

    [Fact]
    public async Task ANewProvisionIsAssessedFromThenOnAndARetiredOneKeepsTheAnswersGivenToIt()
    {
        var retiring = await ProvisionAsync("1.7");
        await _assessments.AnswerAsync(LastYear, retiring, CodeCompliance.Complies, "Survey comments passed to the complaints team.", null, null, _admin);
        var row = (await ViewAsync(ThisYear)).Rows.Single(r => r.ProvisionId == retiring);

        await _assessments.ChangeProvisionAsync(retiring, row.Section, row.Requirement, active: false, row.ProvisionVersion, _admin);
        await _assessments.AddProvisionAsync(OmbudsmanScheme.Housing, "6.21", "6. Complaint stages: Stage 2", "A new requirement from the revised Code.", _admin);
        var duplicate = await Assert.ThrowsAsync<InputRefusedException>(() => _assessments.AddProvisionAsync(OmbudsmanScheme.Housing, "6.21", "6. Complaint stages", "Again.", _admin));

        var thisYear = await ViewAsync(ThisYear);
        var lastYear = await ViewAsync(LastYear);
        Assert.DoesNotContain(thisYear.Rows, r => r.Reference == "1.7");
        Assert.Equal("6.21", thisYear.Rows.SkipWhile(r => r.Reference != "6.20").Skip(1).First().Reference);
        Assert.False(lastYear.Rows.Single(r => r.Reference == "1.7").ProvisionActive);
        Assert.Equal(0, thisYear.CanCarryForward);
        Assert.Equal(CodeProvisionFields.Reference, duplicate.Field);
    }
}
