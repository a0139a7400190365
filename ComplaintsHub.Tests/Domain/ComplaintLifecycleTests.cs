using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Setup;

namespace ComplaintsHub.Tests.Domain;

/// <summary>Builds cases on the default procedures with UK times, for aggregate tests.</summary>
internal static class Cases
{
    public static readonly Actor Officer = new(Guid.NewGuid(), "Priya Shah");
    public static readonly Actor TeamLeader = new(Guid.NewGuid(), "Sarah Mitchell");
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Standard;

    public static Procedure Procedure(string code) => DefaultReferenceData.Procedures().Single(p => p.Code == code);

    /// <summary>A UK wall-clock time as the UTC the app stores.</summary>
    public static DateTime Uk(string localDateTime) => UkTime.ToUtc(DateTime.Parse(localDateTime, System.Globalization.CultureInfo.InvariantCulture));

    public static Complaint Log(string procedure = "Corporate", string receivedUk = "2026-11-16 10:00", ContactClassification classification = ContactClassification.Complaint) =>
        Complaint.Log(
            new Complaint.LogDetails("CMP-2026-00001", classification, Uk(receivedUk), Channel.Phone, 1, null, null, null, "Bin missed four weeks running.", "Collect it.", null),
            Procedure(procedure), Officer, Uk(receivedUk), Calendar);
}

public class ComplaintDeadlines
{
    [Fact]
    public void CorporateStage1IsAcknowledgedWithinFiveWorkingDaysOfReceipt()
    {
        var complaint = Cases.Log(receivedUk: "2026-11-16 10:00"); // Monday

        Assert.Equal(new DateOnly(2026, 11, 23), complaint.Stage!.AcknowledgementDue);
        Assert.Null(complaint.Stage.ResponseDue); // the clock starts at acknowledgement
        Assert.Equal((new DateOnly(2026, 11, 23), DueKind.Acknowledgement), (complaint.NextDueDate!.Value, complaint.NextDueKind!.Value));
    }

    [Fact]
    public void CorporateStage1ResponseIsDueTenWorkingDaysAfterAcknowledgement()
    {
        var complaint = Cases.Log(receivedUk: "2026-12-14 09:00");

        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-12-17 15:00"), Cases.Calendar);

        // 18, 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5 Jan: Christmas, the Boxing Day substitute and New Year's Day do not count.
        Assert.Equal(new DateOnly(2027, 1, 5), complaint.Stage!.ResponseDue);
        Assert.Equal(DueKind.Response, complaint.NextDueKind);
    }

    [Fact]
    public void ReceiptLateOnAFridayEveningIsCountedOnThatUkDate()
    {
        // 23:30 in London on Friday 12 June is 22:30 UTC: still that Friday, so the clock counts from it.
        var complaint = Cases.Log(receivedUk: "2026-06-12 23:30");

        Assert.Equal(new DateOnly(2026, 6, 12), complaint.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 6, 19), complaint.Stage!.AcknowledgementDue);
    }

    [Fact]
    public void ChildrensStage1CountsFromReceiptAndAcknowledgesInThreeWorkingDays()
    {
        var complaint = Cases.Log("ChildrensSocialCare", "2026-11-16 10:00");

        Assert.Equal(new DateOnly(2026, 11, 19), complaint.Stage!.AcknowledgementDue);
        Assert.Equal(new DateOnly(2026, 11, 30), complaint.Stage.ResponseDue);
    }

    [Fact]
    public void AdultSocialCareNeedsAResponseDateAgreedWithTheComplainant()
    {
        var complaint = Cases.Log("AdultSocialCare", "2026-11-16 10:00");

        var refusal = Assert.Throws<DomainException>(() => complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar));
        Assert.Equal("Agree a response date with the complainant: it must be after today.", refusal.Message);

        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar, new DateOnly(2027, 2, 26));
        Assert.Equal(new DateOnly(2027, 2, 26), complaint.Stage!.ResponseDue);
    }

    [Fact]
    public void AnExtensionMovesTheDueDateByWorkingDaysAndIsRecorded()
    {
        var complaint = Cases.Log(receivedUk: "2026-11-16 10:00");
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar); // due 1 Dec

        complaint.Extend(5, "Waiting for the contractor's records.", Cases.Uk("2026-11-20 10:00"), Cases.TeamLeader, Cases.Uk("2026-11-20 10:00"), Cases.Calendar);

        Assert.Equal(new DateOnly(2026, 12, 8), complaint.Stage!.ResponseDue);
        Assert.Equal(new DateOnly(2026, 12, 1), complaint.Stage.OriginalResponseDue);
        var extension = Assert.Single(complaint.Stage.Extensions);
        Assert.Equal("Waiting for the contractor's records.", extension.Reason);
    }

    [Fact]
    public void AnExtensionBeyondTheProceduresMaximumIsRefused()
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        complaint.Extend(6, "First.", Cases.Uk("2026-11-18 10:00"), Cases.TeamLeader, Cases.Uk("2026-11-18 10:00"), Cases.Calendar);

        var refusal = Assert.Throws<DomainException>(() =>
            complaint.Extend(5, "Second.", Cases.Uk("2026-11-19 10:00"), Cases.TeamLeader, Cases.Uk("2026-11-19 10:00"), Cases.Calendar));

        Assert.Equal("Stage 1 may be extended by at most 10 working days in all; 6 already used.", refusal.Message);
        Assert.Single(complaint.Stage!.Extensions);
    }

    [Fact]
    public void TheEscalationWindowIs28CalendarDaysAfterTheStage1Response()
    {
        var complaint = Responded(Outcome.NotUpheld, "2026-11-27 16:00");

        Assert.Equal(new DateOnly(2026, 12, 25), complaint.Stage!.EscalationDeadline);
    }

    internal static Complaint Responded(Outcome outcome, string respondedUk = "2026-11-27 16:00")
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        complaint.RecordResponse(new StageResponse(outcome, RootCause: "Round change not communicated.", LessonLearnt: "Check lists before changes."),
            Cases.TeamLeader, Cases.Uk(respondedUk), Cases.Calendar);
        return complaint;
    }
}

public class ComplaintTransitions
{
    [Fact]
    public void EveryTransitionWritesATimelineEventWithWhoAndWhen()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 09:00"));

        Assert.Equal([TimelineEventType.Logged, TimelineEventType.Acknowledged, TimelineEventType.ResponseSent, TimelineEventType.Closed],
            complaint.Timeline.Select(t => t.Type));
        var closed = complaint.Timeline.Last();
        Assert.Equal(("Sarah Mitchell", Cases.Uk("2026-11-30 09:00")), (closed.ActorName, closed.OccurredAt));
    }

    [Fact]
    public void ARefusedTransitionSaysWhyAndChangesNothing()
    {
        var complaint = Cases.Log();

        var refusal = Assert.Throws<DomainException>(() => complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00")));

        Assert.Equal("Closing is not possible while the case is received.", refusal.Message);
        Assert.Equal(CaseStatus.Received, complaint.Status);
        Assert.Single(complaint.Timeline);
    }

    [Fact]
    public void AnUpheldResponseNeedsTheRootCauseAndLessonLearnt()
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);

        var refusal = Assert.Throws<DomainException>(() =>
            complaint.RecordResponse(new StageResponse(Outcome.Upheld), Cases.TeamLeader, Cases.Uk("2026-11-20 10:00"), Cases.Calendar));

        Assert.Equal("An upheld or partly upheld complaint needs its root cause and the lesson learnt.", refusal.Message);
        Assert.Equal(CaseStatus.Acknowledged, complaint.Status);
    }

    [Fact]
    public void HousingComplaintsCannotBeResolvedInformally()
    {
        var complaint = Cases.Log("Housing");
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);

        var refusal = Assert.Throws<DomainException>(() =>
            complaint.RecordResponse(new StageResponse(Outcome.ResolvedInformally), Cases.TeamLeader, Cases.Uk("2026-11-20 10:00"), Cases.Calendar));

        Assert.Equal("The Housing (landlord) complaints procedure does not allow informal resolution.", refusal.Message);
    }

    [Fact]
    public void EscalationOpensStage2WithItsOwnDeadlines()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld);

        complaint.Escalate(null, Cases.Officer, Cases.Uk("2026-12-01 10:00"), Cases.Calendar);

        Assert.Equal((2, CaseStatus.Received), (complaint.CurrentStage, complaint.Status));
        Assert.Equal(new DateOnly(2026, 12, 8), complaint.Stage!.AcknowledgementDue);
    }

    [Fact]
    public void EveryStageKnowsWhetherTheCaseIsAllocatedForTheOpenCasesFigures()
    {
        var allocated = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        var unallocated = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        Assert.False(allocated.Stage!.OfficerAllocated);

        allocated.Allocate(Cases.Officer.StaffUserId, "Priya Shah", Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));
        allocated.Escalate(null, Cases.Officer, Cases.Uk("2026-12-01 10:00"), Cases.Calendar);
        unallocated.Escalate(null, Cases.Officer, Cases.Uk("2026-12-01 10:00"), Cases.Calendar);

        Assert.All(allocated.Stages, s => Assert.True(s.OfficerAllocated));
        Assert.All(unallocated.Stages, s => Assert.False(s.OfficerAllocated));
    }

    [Fact]
    public void EscalatingAfterTheWindowNeedsAReason()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld, "2026-11-27 16:00");

        var refusal = Assert.Throws<DomainException>(() => complaint.Escalate(null, Cases.Officer, Cases.Uk("2027-01-04 10:00"), Cases.Calendar));
        Assert.Equal("The escalation window closed on 25 December 2026: give the reason for accepting it late.", refusal.Message);

        complaint.Escalate("Complainant was in hospital.", Cases.Officer, Cases.Uk("2027-01-04 10:00"), Cases.Calendar);
        Assert.Contains("outside the window: Complainant was in hospital.", complaint.Timeline.Last().Summary);
    }

    [Fact]
    public void TheLastStageCannotBeEscalated()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        complaint.Escalate(null, Cases.Officer, Cases.Uk("2026-12-01 10:00"), Cases.Calendar);
        var head = new Actor(Guid.NewGuid(), "Fiona Campbell");
        complaint.Acknowledge(head, Cases.Uk("2026-12-02 10:00"), Cases.Calendar);
        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), head, Cases.Uk("2026-12-15 10:00"), Cases.Calendar);

        Assert.Equal("Stage 2 is the last stage of the Corporate complaints procedure: the next step is the Local Government and Social Care Ombudsman.",
            complaint.WhyNot(ComplaintAction.Escalate));
    }

    [Fact]
    public void AServiceRequestDoesNotFollowTheComplaintsProcedure()
    {
        var request = Cases.Log(classification: ContactClassification.ServiceRequest);

        Assert.Null(request.Stage);
        Assert.Null(request.NextDueDate);
        Assert.Equal("This is a service request, not a complaint: it does not follow the complaints procedure.", request.WhyNot(ComplaintAction.Escalate));
        request.Resolve("Bin delivered.", Cases.Officer, Cases.Uk("2026-11-18 10:00"));
        Assert.Equal((CaseStatus.Closed, Outcome.Resolved), (request.Status, request.Outcome!.Value));
    }

    [Fact]
    public void AnOmbudsmanRemedyKeepsTheCaseOpenUntilCompliedWith()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));
        complaint.ReferToOmbudsman("25 123 456", new DateOnly(2027, 1, 10), Cases.TeamLeader, Cases.Uk("2027-01-11 10:00"));

        complaint.RecordOmbudsmanDecision(OmbudsmanDecision.FaultAndInjustice, new DateOnly(2027, 3, 1), "Apologise and pay £250.", new DateOnly(2027, 3, 29), Cases.TeamLeader, Cases.Uk("2027-03-01 12:00"));
        Assert.Equal((CaseStatus.WithOmbudsman, DueKind.RemedyCompliance), (complaint.Status, complaint.NextDueKind!.Value));

        complaint.RecordRemedyCompliance(new DateOnly(2027, 3, 20), Cases.TeamLeader, Cases.Uk("2027-03-20 12:00"));
        Assert.Equal(CaseStatus.Closed, complaint.Status);
        Assert.Contains("(on time)", complaint.Timeline.Last().Summary);
    }

    [Fact]
    public void AFutureReceivedDateIsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => Complaint.Log(
            new Complaint.LogDetails("CMP-2026-00002", ContactClassification.Complaint, Cases.Uk("2026-11-20 10:00"), Channel.Letter, 1, null, null, null, "Letter.", null, null),
            Cases.Procedure("Corporate"), Cases.Officer, Cases.Uk("2026-11-19 10:00"), Cases.Calendar));

        Assert.Equal("The date received cannot be in the future.", refusal.Message);
    }
}

public class ResponseTimeliness
{
    [Fact]
    public void AResponseOnTheDueDateTookTenWorkingDaysAndWasNotLate()
    {
        var complaint = Cases.Log(receivedUk: "2026-11-16 10:00");
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar); // due 1 December

        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-12-01 16:00"), Cases.Calendar);

        Assert.Equal((10, 0, true), (complaint.Stage!.WorkingDaysToRespond!.Value, complaint.Stage.WorkingDaysLate!.Value, complaint.Stage.RespondedWithinTimescale!.Value));
    }

    [Fact]
    public void ALateResponseCountsWorkingDaysLateSkippingBankHolidays()
    {
        var complaint = Cases.Log(receivedUk: "2026-12-07 10:00");
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-12-08 10:00"), Cases.Calendar); // due 22 December

        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-12-30 10:00"), Cases.Calendar);

        // 23, 24, 29, 30 December: Christmas Day and the Boxing Day substitute are not counted.
        Assert.Equal((4, false), (complaint.Stage!.WorkingDaysLate!.Value, complaint.Stage.RespondedWithinTimescale!.Value));
    }

    [Fact]
    public void AnExtendedResponseIsJudgedAgainstTheExtendedDate()
    {
        var complaint = Cases.Log(receivedUk: "2026-11-16 10:00");
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        complaint.Extend(5, "Waiting for records.", Cases.Uk("2026-11-20 10:00"), Cases.TeamLeader, Cases.Uk("2026-11-20 10:00"), Cases.Calendar); // 8 December

        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-12-08 10:00"), Cases.Calendar);

        Assert.Equal((15, 0), (complaint.Stage!.WorkingDaysToRespond!.Value, complaint.Stage.WorkingDaysLate!.Value));
    }
}
