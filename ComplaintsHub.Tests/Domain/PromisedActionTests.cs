using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Tests.Domain;

public class PromisedActions
{
    private static readonly Guid Owner = Cases.Officer.StaffUserId;

    /// <summary>A Stage 1 answered on Friday 27 November 2026 promising to fit the extractor fan by 11 December.</summary>
    private static Complaint RespondedWithAPromise(string what = "Fit the extractor fan", int dueDay = 11)
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-11-27 16:00"), Cases.Calendar,
            [new PromisedActionTerms(what, new DateOnly(2026, 12, dueDay), Owner, "the repairs team", "Priya Shah")]);
        return complaint;
    }

    [Fact]
    public void AResponseRecordsEachPromiseOpenWithItsDateAndOwnerInOneTimelineEntry()
    {
        var complaint = RespondedWithAPromise();

        var action = Assert.Single(complaint.PromisedActions);
        Assert.Equal((1, "Fit the extractor fan", new DateOnly(2026, 12, 11), Owner, "the repairs team", PromisedActionStatus.Open),
            (action.StageNumber, action.What, action.DueDate, action.OwnerId, action.WhoText, action.Status));
        var entry = Assert.Single(complaint.Timeline, t => t.Type == TimelineEventType.ResponseSent);
        Assert.Equal("Stage 1 response sent: not upheld. Promised: Fit the extractor fan by 11 December 2026 (Priya Shah).", entry.Summary);
    }

    [Fact]
    public void APromiseDatedBeforeTheResponseIsRefusedAndTheStageStaysUnanswered()
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);

        var refusal = Assert.Throws<DomainException>(() => complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-11-27 16:00"),
            Cases.Calendar, [new PromisedActionTerms("Fit the extractor fan", new DateOnly(2026, 11, 26), Owner)]));

        Assert.Equal("“Fit the extractor fan” cannot be promised by a date in the past.", refusal.Message);
        Assert.Equal(CaseStatus.Acknowledged, complaint.Status);
        Assert.Empty(complaint.PromisedActions);
    }

    [Fact]
    public void CompletingAPromiseNeedsANoteAndPutsItDoneOnTheTimeline()
    {
        var complaint = RespondedWithAPromise();
        var action = complaint.PromisedActions[0];

        Assert.Equal("Say what was done.", Assert.Throws<DomainException>(() => complaint.CompletePromisedAction(action.Id, " ", null, Cases.Officer, Cases.Uk("2026-12-10 12:00"))).Message);
        Assert.True(action.IsOpen);
        var photo = new CaseDocument(Guid.NewGuid(), complaint.Id, "fan.jpg", DocumentKind.Jpeg, "image/jpeg", 1024, "ab", null, Cases.Officer, Cases.Uk("2026-12-10 11:00"));
        complaint.CompletePromisedAction(action.Id, "Fan fitted and tested by the surveyor.", photo, Cases.Officer, Cases.Uk("2026-12-10 12:00"));

        Assert.Equal((PromisedActionStatus.Done, Cases.Uk("2026-12-10 12:00"), Owner, "Fan fitted and tested by the surveyor.", photo.Id),
            (action.Status, action.CompletedAt!.Value, action.CompletedById!.Value, action.CompletionNote, action.CompletionDocumentId!.Value));
        Assert.Equal("Promised action done: Fit the extractor fan. Fan fitted and tested by the surveyor. Shown by the document fan.jpg.", complaint.Timeline[^1].Summary);
        Assert.Equal(TimelineEventType.PromisedActionCompleted, complaint.Timeline[^1].Type);
        Assert.Equal("No promised action is open on this case.", complaint.WhyNot(ComplaintAction.CompletePromisedAction));
    }

    [Fact]
    public void APromiseDoneAfterItsDateSaysSoOnTheTimeline()
    {
        var complaint = RespondedWithAPromise();

        complaint.CompletePromisedAction(complaint.PromisedActions[0].Id, "Fitted.", null, Cases.Officer, Cases.Uk("2026-12-14 09:00"));

        Assert.Equal("Promised action done (due 11 December 2026): Fit the extractor fan. Fitted.", complaint.Timeline[^1].Summary);
    }

    [Fact]
    public void RedatingMovesTheDateWithTheReasonAndTheTimelineKeepsTheDateItHad()
    {
        var complaint = RespondedWithAPromise();
        var action = complaint.PromisedActions[0];

        complaint.RedatePromisedAction(action.Id, new DateOnly(2026, 12, 18), "The fan is on back order.", Cases.TeamLeader, Cases.Uk("2026-12-08 10:00"));

        Assert.Equal(new DateOnly(2026, 12, 18), action.DueDate);
        Assert.Equal(TimelineEventType.PromisedActionRedated, complaint.Timeline[^1].Type);
        Assert.Equal("Promised action re-dated from 11 December 2026 to 18 December 2026: Fit the extractor fan. Reason: The fan is on back order.", complaint.Timeline[^1].Summary);
    }

    public static TheoryData<string, Action<Complaint>, string> RefusedRedates => new()
    {
        { "a date in the past", c => c.RedatePromisedAction(c.PromisedActions[0].Id, new DateOnly(2026, 12, 7), "Late.", Cases.TeamLeader, Cases.Uk("2026-12-08 10:00")), "The new date cannot be in the past." },
        { "no reason", c => c.RedatePromisedAction(c.PromisedActions[0].Id, new DateOnly(2026, 12, 18), " ", Cases.TeamLeader, Cases.Uk("2026-12-08 10:00")), "Give the reason for the new date." },
        { "the same date", c => c.RedatePromisedAction(c.PromisedActions[0].Id, new DateOnly(2026, 12, 11), "Why not.", Cases.TeamLeader, Cases.Uk("2026-12-08 10:00")), "“Fit the extractor fan” is already due on 11 December 2026." },
        { "another case's action", c => c.RedatePromisedAction(99, new DateOnly(2026, 12, 18), "Moved.", Cases.TeamLeader, Cases.Uk("2026-12-08 10:00")), "That promised action is not on this case." },
        {
            "a done action",
            c => { c.CompletePromisedAction(c.PromisedActions[0].Id, "Fitted.", null, Cases.Officer, Cases.Uk("2026-12-07 10:00")); c.RedatePromisedAction(c.PromisedActions[0].Id, new DateOnly(2026, 12, 18), "Moved.", Cases.TeamLeader, Cases.Uk("2026-12-08 10:00")); },
            "No promised action is open on this case."
        },
    };

    [Theory]
    [MemberData(nameof(RefusedRedates))]
    public void ARedateThatCannotBeIsRefusedAndTheDateStays(string _, Action<Complaint> attempt, string message)
    {
        var complaint = RespondedWithAPromise();
        var timeline = complaint.Timeline.Count(t => t.Type == TimelineEventType.PromisedActionRedated);

        var refusal = Assert.Throws<DomainException>(() => attempt(complaint));

        Assert.Equal(message, refusal.Message);
        Assert.Equal(new DateOnly(2026, 12, 11), complaint.PromisedActions[0].DueDate);
        Assert.Equal(timeline, complaint.Timeline.Count(t => t.Type == TimelineEventType.PromisedActionRedated));
    }

    [Fact]
    public void ClosingOverAnOpenPromiseIsRefusedUntilConfirmedAndTheTimelineSaysItStaysOpen()
    {
        var complaint = RespondedWithAPromise();

        var refusal = Assert.Throws<DomainException>(() => complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00")));
        Assert.Equal("1 promised action is still open. Confirm you are closing with them open: they stay tracked until done.", refusal.Message);
        Assert.Equal(CaseStatus.Responded, complaint.Status);

        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"), openActionsConfirmed: true);

        Assert.Equal(CaseStatus.Closed, complaint.Status);
        Assert.Equal("Closed at Stage 1: not upheld. Closed with 1 promised action still open.", complaint.Timeline[^1].Summary);
        Assert.True(complaint.PromisedActions[0].IsOpen);
    }

    [Fact]
    public void ClosingWithEveryPromiseDoneNeedsNoConfirmation()
    {
        var complaint = RespondedWithAPromise();
        complaint.CompletePromisedAction(complaint.PromisedActions[0].Id, "Fitted.", null, Cases.Officer, Cases.Uk("2026-11-30 09:00"));

        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));

        Assert.Equal("Closed at Stage 1: not upheld.", complaint.Timeline[^1].Summary);
    }

    [Fact]
    public void APromiseOutlivesTheCaseAndIsCompletedAfterItCloses()
    {
        var complaint = RespondedWithAPromise();
        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"), openActionsConfirmed: true);

        complaint.CompletePromisedAction(complaint.PromisedActions[0].Id, "Fitted.", null, Cases.Officer, Cases.Uk("2026-12-10 10:00"));

        Assert.Equal((CaseStatus.Closed, PromisedActionStatus.Done), (complaint.Status, complaint.PromisedActions[0].Status));
    }

    [Fact]
    public void WithdrawingAtStage2OverAStage1PromiseNeedsTheSameConfirmation()
    {
        var complaint = RespondedWithAPromise();
        complaint.Escalate(null, Cases.Officer, Cases.Uk("2026-11-30 10:00"), Cases.Calendar);

        var refusal = Assert.Throws<DomainException>(() => complaint.Withdraw("Sorted out.", Cases.Officer, Cases.Uk("2026-12-01 10:00")));
        complaint.Withdraw("Sorted out.", Cases.Officer, Cases.Uk("2026-12-01 10:00"), openActionsConfirmed: true);

        Assert.Equal("1 promised action is still open. Confirm you are withdrawing it with them open: they stay tracked until done.", refusal.Message);
        Assert.Equal("Withdrawn: Sorted out. Closed with 1 promised action still open.", complaint.Timeline[^1].Summary);
    }
}
