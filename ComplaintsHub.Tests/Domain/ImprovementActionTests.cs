using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Tests.Domain;

public class ImprovementActionRules
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly DateTime Raised = Cases.Uk("2026-11-20 10:00");

    private static ImprovementAction Raise() =>
        new(new ImprovementActionTerms("Missed assisted collections", "Add assisted bins to the crews' tablets.", 3, Owner, new DateOnly(2027, 1, 29)),
            ImprovementActionSource.Cases, [11, 12, 11], null, Cases.TeamLeader, Raised);

    [Fact]
    public void ANewActionIsPlannedOpenAndLinkedOnceToEachCase()
    {
        var action = Raise();

        Assert.Equal((ImprovementActionStatus.Planned, true, new DateOnly(2026, 11, 20), (DateOnly?)null), (action.Status, action.IsOpen, action.RaisedOn, action.EndedOn));
        Assert.Equal([11, 12], action.Cases.Select(c => c.ComplaintId));
    }

    [Fact]
    public void DoneNeedsToSayWhatWasDoneAndEndsTheActionOnThatUkDay()
    {
        var action = Raise();

        Assert.Throws<DomainException>(() => action.MoveTo(ImprovementActionStatus.Done, "  ", Cases.TeamLeader, Raised.AddDays(1)));
        Assert.True(action.IsOpen);
        // 23:30 on 31 March 2027 in the UK is 22:30 UTC: the day it ended is the UK one, the last day of the year.
        action.MoveTo(ImprovementActionStatus.Done, "Tablets updated; no repeat in six weeks.", Cases.TeamLeader, Cases.Uk("2027-03-31 23:30"));

        Assert.Equal((ImprovementActionStatus.Done, new DateOnly(2027, 3, 31), "Tablets updated; no repeat in six weeks."), (action.Status, action.EndedOn, action.EndNote));
        Assert.Equal("Done: Tablets updated; no repeat in six weeks.", action.History[^1].Summary);
    }

    [Fact]
    public void DroppingNeedsAReason()
    {
        var action = Raise();

        var refusal = Assert.Throws<DomainException>(() => action.MoveTo(ImprovementActionStatus.Dropped, null, Cases.TeamLeader, Raised));

        Assert.Equal("Give the reason the action is dropped.", refusal.Message);
        Assert.Equal(ImprovementActionStatus.Planned, action.Status);
        Assert.Empty(action.History);
    }

    [Theory]
    [InlineData(ImprovementActionStatus.Done, ImprovementActionStatus.InProgress)]
    [InlineData(ImprovementActionStatus.Done, ImprovementActionStatus.Dropped)]
    [InlineData(ImprovementActionStatus.Dropped, ImprovementActionStatus.Done)]
    [InlineData(ImprovementActionStatus.Dropped, ImprovementActionStatus.Planned)]
    public void AnEndedActionIsFinal(ImprovementActionStatus ended, ImprovementActionStatus then)
    {
        var action = Raise();
        action.MoveTo(ended, "Ended.", Cases.TeamLeader, Raised);

        Assert.False(action.CanMoveTo(then));
        Assert.Throws<DomainException>(() => action.MoveTo(then, "Again.", Cases.TeamLeader, Raised));
        Assert.False(action.CanRedate);
        Assert.Throws<DomainException>(() => action.Redate(new DateOnly(2027, 6, 1), "Later.", new DateOnly(2026, 11, 20), Cases.TeamLeader, Raised));
        Assert.Equal(ended, action.Status);
    }

    [Fact]
    public void StartingIsOnlyFromPlanned()
    {
        var action = Raise();
        action.MoveTo(ImprovementActionStatus.InProgress, null, Cases.TeamLeader, Raised);

        Assert.Equal(ImprovementActionStatus.InProgress, action.Status);
        Assert.False(action.CanMoveTo(ImprovementActionStatus.InProgress));
        Assert.False(action.CanMoveTo(ImprovementActionStatus.Planned));
        Assert.True(action.CanMoveTo(ImprovementActionStatus.Done));
    }

    [Fact]
    public void ReDatingKeepsTheOldDateAndTheReasonInTheHistoryAndChangesWhatIsOverdue()
    {
        var action = Raise();
        var today = new DateOnly(2027, 2, 1);
        Assert.True(action.IsOverdueOn(today));

        Assert.Throws<DomainException>(() => action.Redate(new DateOnly(2027, 1, 31), "Too late already.", today, Cases.TeamLeader, Raised));
        action.Redate(new DateOnly(2027, 3, 12), "Waiting for the tablet supplier.", today, Cases.TeamLeader, Raised);

        Assert.False(action.IsOverdueOn(today));
        Assert.Equal("Due date moved from 29 January 2027 to 12 March 2027: Waiting for the tablet supplier.", action.History[^1].Summary);
    }
}
