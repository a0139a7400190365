using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Tests.Domain;

public class ComplaintCorrections
{
    private static readonly Actor HeadA = new(Guid.NewGuid(), "James Whitfield");
    private static readonly Actor HeadB = new(Guid.NewGuid(), "Fiona Campbell");

    private static Complaint AtStage2AnsweredBy(Actor stage1Responder)
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), stage1Responder, Cases.Uk("2026-11-20 10:00"), Cases.Calendar);
        complaint.Escalate(null, Cases.Officer, Cases.Uk("2026-11-23 10:00"), Cases.Calendar);
        return complaint;
    }

    [Fact]
    public void Stage2CannotBeAssignedToWhoeverAnsweredStage1()
    {
        var complaint = AtStage2AnsweredBy(HeadA);

        var refusal = Assert.Throws<DomainException>(() => complaint.AssignStage(HeadA.StaffUserId, HeadA.Name, Cases.TeamLeader, Cases.Uk("2026-11-23 11:00")));
        complaint.AssignStage(HeadB.StaffUserId, HeadB.Name, Cases.TeamLeader, Cases.Uk("2026-11-23 11:00"));

        Assert.Equal("James Whitfield answered Stage 1: Stage 2 needs someone else.", refusal.Message);
        Assert.Equal(HeadB.StaffUserId, complaint.Stage!.AssignedToId);
        Assert.Equal("Stage 2 assigned to Fiona Campbell.", complaint.Timeline.Last().Summary);
    }

    [Fact]
    public void Stage2CannotBeAnsweredByWhoeverAnsweredStage1()
    {
        var complaint = AtStage2AnsweredBy(HeadA);
        complaint.Acknowledge(HeadB, Cases.Uk("2026-11-24 10:00"), Cases.Calendar);

        var refusal = Assert.Throws<DomainException>(() => complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), HeadA, Cases.Uk("2026-12-01 10:00"), Cases.Calendar));

        Assert.Equal("You answered Stage 1: Stage 2 must be answered by someone else.", refusal.Message);
    }

    [Fact]
    public void Stage1IsNotAssignedToAHeadOfService()
    {
        Assert.Equal("Stage 1 is allocated to an officer; a head of service is assigned from Stage 2.", Cases.Log().WhyNot(ComplaintAction.AssignStage));
    }

    [Fact]
    public void NotesAndCallsGoOnTheTimelineEvenWhenTheCaseIsClosed()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));

        complaint.AddNote("Customer rang to say thanks.", Cases.Officer, Cases.Uk("2026-12-01 10:00"));
        complaint.LogCall(Cases.Uk("2026-12-01 09:30"), "Explained the outcome again.", Cases.TeamLeader, Cases.Uk("2026-12-01 10:05"));

        Assert.Equal(["Note: Customer rang to say thanks.", "Call on 1 December 2026: Explained the outcome again."], complaint.Timeline.TakeLast(2).Select(t => t.Summary));
        Assert.Equal(CaseStatus.Closed, complaint.Status);
    }

    [Fact]
    public void ReopeningNeedsAReasonAndSendsTheCaseBackForAnswer()
    {
        var complaint = ComplaintDeadlines.Responded(Outcome.NotUpheld);
        complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));

        Assert.Throws<DomainException>(() => complaint.Reopen(" ", Cases.TeamLeader, Cases.Uk("2026-12-01 10:00")));
        complaint.Reopen("New evidence from the crew's tracker.", Cases.TeamLeader, Cases.Uk("2026-12-01 10:00"));

        Assert.Equal((CaseStatus.Acknowledged, (Outcome?)null), (complaint.Status, complaint.Outcome));
        Assert.False(complaint.Stage!.IsResponded);
        Assert.Equal("Reopened (was closed, not upheld): New evidence from the crew's tracker.", complaint.Timeline.Last().Summary);
        Assert.True(complaint.Can(ComplaintAction.RecordResponse));
    }

    [Fact]
    public void CorrectingTheReceivedDateMovesTheDeadlinesThatCountFromIt()
    {
        var complaint = Cases.Log("ChildrensSocialCare", "2026-11-16 10:00");

        complaint.CorrectReceivedDate(Cases.Uk("2026-11-09 10:00"), "Letter was date-stamped on the 9th but scanned late.", Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);

        Assert.Equal(new DateOnly(2026, 11, 9), complaint.ReceivedOn);
        Assert.Equal((new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 23)), (complaint.Stage!.AcknowledgementDue, complaint.Stage.ResponseDue!.Value));
        Assert.Equal("Date received corrected from 16 November 2026 to 9 November 2026: Letter was date-stamped on the 9th but scanned late.", complaint.Timeline.Last().Summary);
        Assert.Throws<DomainException>(() => complaint.CorrectReceivedDate(Cases.Uk("2026-11-10 10:00"), "", Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar));
    }

    [Fact]
    public void AServiceRequestTurnedIntoAComplaintIsCountedFromItsOriginalReceipt()
    {
        var request = Cases.Log(receivedUk: "2026-11-02 10:00", classification: ContactClassification.ServiceRequest);

        request.ConvertToComplaint(Cases.Procedure("Corporate"), "Bin still not delivered after two requests.", Cases.Officer, Cases.Uk("2026-11-16 10:00"), Cases.Calendar);

        Assert.Equal((ContactClassification.Complaint, 1, CaseStatus.Received), (request.Classification, request.CurrentStage, request.Status));
        Assert.Equal(new DateOnly(2026, 11, 9), request.Stage!.AcknowledgementDue);
        Assert.Equal("This is already a complaint.", request.WhyNot(ComplaintAction.ConvertToComplaint));
    }

    [Fact]
    public void APartnersResponseIsRecordedOnce()
    {
        var complaint = Complaint.Log(
            new Complaint.LogDetails("CMP-2026-00009", ContactClassification.Complaint, Cases.Uk("2026-11-16 10:00"), Channel.Phone, 1, null, null, null, "Bin missed.", null, "Greenway Environmental Services"),
            Cases.Procedure("Corporate"), Cases.Officer, Cases.Uk("2026-11-16 10:00"), Cases.Calendar);
        Assert.Equal(PartnerStatus.AwaitingPartner, complaint.PartnerStatus);

        complaint.RecordPartnerResponse("Crew confirm the lane was blocked on two of the dates.", Cases.Officer, Cases.Uk("2026-11-18 10:00"));

        Assert.Equal(PartnerStatus.PartnerResponded, complaint.PartnerStatus);
        Assert.Equal("Greenway Environmental Services's response is already recorded.", complaint.WhyNot(ComplaintAction.RecordPartnerResponse));
    }
}
