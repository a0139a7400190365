using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Setup;

namespace ComplaintsHub.Tests.Domain;

public class RiskFlags
{
    private static readonly DateTime Now = Cases.Uk("2026-11-18 11:00");

    [Fact]
    public void ARaisedFlagKeepsWhoRaisedItWhenAndWhyAndTheTimelineSaysSo()
    {
        var complaint = Cases.Log("Housing");

        var flag = complaint.RaiseRiskFlag(RiskFlagKind.VulnerablePerson, false, "Four-year-old with asthma in the home.", "Mother told us on the call.", null, null, [], Cases.Officer, Now);

        Assert.Equal((RiskFlagKind.VulnerablePerson, "Priya Shah", Now, "Mother told us on the call.", true), (flag.Kind, flag.RaisedByName, flag.RaisedAt, flag.RaisedReason, flag.IsActive));
        var entry = complaint.Timeline.Last();
        Assert.Equal(TimelineEventType.RiskFlagRaised, entry.Type);
        Assert.Contains("Four-year-old with asthma in the home.", entry.Summary);
        Assert.Contains("Mother told us on the call.", entry.Summary);
    }

    public static TheoryData<string, Action<Complaint>, string> Refusals => new()
    {
        { "no reason", c => c.RaiseRiskFlag(RiskFlagKind.VulnerablePerson, false, null, " ", null, null, [], Cases.Officer, Now), "Give the reason for raising the flag: it is kept on the record." },
        { "restriction not said", c => c.RaiseRiskFlag(RiskFlagKind.UnreasonableBehaviour, false, null, "Abusive calls.", null, null, [], Cases.Officer, Now), "Say what the contact restriction is, for example \"Contact by email only\"." },
        { "no complainant", c => c.RaiseRiskFlag(RiskFlagKind.VulnerablePerson, true, null, "Told us.", null, null, [], Cases.Officer, Now), "This case has no complainant on record to flag." },
        { "damp without a track", c => c.RaiseRiskFlag(RiskFlagKind.DampAndMould, false, null, "Photos sent.", null, new DateOnly(2026, 11, 18), [], Cases.Officer, Now), "Say whether the hazard is an emergency or significant." },
        { "aware tomorrow", c => c.RaiseRiskFlag(RiskFlagKind.DampAndMould, false, null, "Photos sent.", HazardSeverity.Significant, new DateOnly(2026, 11, 19), [], Cases.Officer, Now), "The date the council became aware cannot be in the future." },
        { "track on another kind", c => c.RaiseRiskFlag(RiskFlagKind.HealthAndSafetyHazard, false, null, "Loose handrail.", HazardSeverity.Emergency, null, [], Cases.Officer, Now), "Only a damp and mould flag has a hazard track and a date of awareness." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void AFlagThatWouldSayTooLittleIsRefusedAndNothingIsWritten(string _, Action<Complaint> raise, string message)
    {
        var complaint = Cases.Log("Housing");
        var before = complaint.Timeline.Count;

        Assert.Equal(message, Assert.Throws<DomainException>(() => raise(complaint)).Message);
        Assert.Equal(before, complaint.Timeline.Count);
    }

    [Fact]
    public void DampAndMouldIsForHousingCasesOnly()
    {
        var complaint = Cases.Log("Corporate");

        var refusal = Assert.Throws<DomainException>(() =>
            complaint.RaiseRiskFlag(RiskFlagKind.DampAndMould, false, null, "Mould in the office.", HazardSeverity.Significant, new DateOnly(2026, 11, 18), [], Cases.Officer, Now));

        Assert.StartsWith("Damp and mould starts the Awaab's Law deadlines for social housing", refusal.Message);
    }

    [Fact]
    public void AKindInForceIsNotRaisedTwiceButCanBeAfterItIsRemoved()
    {
        var complaint = Cases.Log("Housing");
        var first = complaint.RaiseRiskFlag(RiskFlagKind.SafeguardingConcern, false, null, "Referred to children's services.", null, null, [], Cases.Officer, Now);

        Assert.Throws<DomainException>(() => complaint.RaiseRiskFlag(RiskFlagKind.SafeguardingConcern, false, null, "Again.", null, null, [first], Cases.TeamLeader, Now));
        complaint.RemoveRiskFlag(first, "Referral closed.", Cases.TeamLeader, Now.AddDays(1));
        var second = complaint.RaiseRiskFlag(RiskFlagKind.SafeguardingConcern, false, null, "New concern.", null, null, [first], Cases.TeamLeader, Now.AddDays(2));

        Assert.True(second.IsActive);
    }

    [Fact]
    public void ARemovedFlagIsKeptWithWhoRemovedItAndWhyAndCannotBeRemovedAgain()
    {
        var complaint = Cases.Log("Housing");
        var flag = complaint.RaiseRiskFlag(RiskFlagKind.UnreasonableBehaviour, false, "Contact by email only; single point of contact J Smith.", "Threatening calls.", null, null, [], Cases.Officer, Now);

        Assert.Throws<DomainException>(() => complaint.RemoveRiskFlag(flag, "", Cases.TeamLeader, Now.AddDays(1)));
        complaint.RemoveRiskFlag(flag, "Six-month review: restriction lifted.", Cases.TeamLeader, Now.AddDays(1));

        Assert.Equal((false, "Sarah Mitchell", Now.AddDays(1), "Six-month review: restriction lifted."), (flag.IsActive, flag.RemovedByName, flag.RemovedAt, flag.RemovalReason));
        Assert.Equal("Threatening calls.", flag.RaisedReason);
        Assert.Equal(TimelineEventType.RiskFlagRemoved, complaint.Timeline.Last().Type);
        Assert.Throws<DomainException>(() => complaint.RemoveRiskFlag(flag, "Again.", Cases.TeamLeader, Now.AddDays(2)));
    }
}

public class AwaabsLawDeadlines
{
    [Fact]
    public void ASignificantHazardIsInvestigatedWithinTenWorkingDaysSkippingChristmasTheWeekendsAndNewYear()
    {
        // Friday 18 December 2026: Christmas Day (Fri 25), Boxing Day moved to Mon 28 and New Year's Day (Fri 1 January) are not worked.
        var aware = Cases.Uk("2026-12-18 15:00");

        var steps = HazardDeadlines.For(1, HazardSeverity.Significant, aware, DefaultHazardTimescales.Create(), WorkingDayCalendar.Standard, aware);

        Assert.Equal(
            [new DateOnly(2027, 1, 6), new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 13), new DateOnly(2027, 3, 31)],
            steps.Select(s => s.DueOn));
        Assert.All(steps, s => Assert.Null(s.DueAt));
    }

    [Fact]
    public void AnEmergencyHazardIsMadeSafeWithinTwentyFourHoursOfTheMomentTheCouncilKnewWeekendOrNot()
    {
        var aware = Cases.Uk("2026-12-18 15:00");

        var step = Assert.Single(HazardDeadlines.For(1, HazardSeverity.Emergency, aware, DefaultHazardTimescales.Create(), WorkingDayCalendar.Standard, aware.AddHours(25)));

        Assert.Equal((Cases.Uk("2026-12-19 15:00"), new DateOnly(2026, 12, 19), DueStatus.Overdue), (step.DueAt!.Value, step.DueOn, step.Status));
    }

    [Fact]
    public void AChangedTimescaleMovesItsDeadlineAndTheStepsThatCountFromIt()
    {
        var aware = Cases.Uk("2026-11-20 10:00"); // Friday
        var timescales = DefaultHazardTimescales.Create();
        timescales.Single(t => t is { Severity: HazardSeverity.Significant, Order: 1 }).Count = 5;

        var steps = HazardDeadlines.For(1, HazardSeverity.Significant, aware, timescales, WorkingDayCalendar.Standard, aware);

        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 2)], steps.Take(2).Select(s => s.DueOn));
    }
}
