using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Tests.Domain;

/// <summary>The lifecycle written out independently of the code: where each action is allowed for a complaint.</summary>
public class TransitionTable
{
    private static readonly Dictionary<ComplaintAction, CaseStatus[]> Allowed = new()
    {
        [ComplaintAction.Acknowledge] = [CaseStatus.Received],
        [ComplaintAction.Allocate] = [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Responded, CaseStatus.WithOmbudsman],
        [ComplaintAction.Extend] = [CaseStatus.Acknowledged],
        [ComplaintAction.RecordResponse] = [CaseStatus.Acknowledged],
        [ComplaintAction.Close] = [CaseStatus.Responded],
        [ComplaintAction.Withdraw] = [CaseStatus.Received, CaseStatus.Acknowledged],
        [ComplaintAction.Escalate] = [CaseStatus.Responded, CaseStatus.Closed],
        [ComplaintAction.ReferToOmbudsman] = [CaseStatus.Responded, CaseStatus.Closed],
        [ComplaintAction.RecordOmbudsmanDecision] = [CaseStatus.WithOmbudsman],
        [ComplaintAction.RecordRemedyCompliance] = [CaseStatus.WithOmbudsman],
        [ComplaintAction.AssignStage] = [CaseStatus.Received, CaseStatus.Acknowledged],
        [ComplaintAction.Reopen] = [CaseStatus.Closed, CaseStatus.Withdrawn],
        [ComplaintAction.AddNote] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.LogCall] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.RecordPartnerResponse] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.CorrectReceivedDate] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.RaiseRiskFlag] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.CompletePromisedAction] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.RedatePromisedAction] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.PlaceLegalHold] = Enum.GetValues<CaseStatus>(),
        [ComplaintAction.LiftLegalHold] = Enum.GetValues<CaseStatus>(),
    };

    private static Complaint InStatus(CaseStatus status)
    {
        switch (status)
        {
            case CaseStatus.Received:
                return Cases.Log();
            case CaseStatus.Acknowledged:
                var acknowledged = Cases.Log();
                acknowledged.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
                return acknowledged;
            case CaseStatus.Responded:
                return ComplaintDeadlines.Responded(Outcome.NotUpheld);
            case CaseStatus.Closed:
                var closed = ComplaintDeadlines.Responded(Outcome.NotUpheld);
                closed.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));
                return closed;
            case CaseStatus.WithOmbudsman:
                var referred = InStatus(CaseStatus.Closed);
                referred.ReferToOmbudsman("26 000 001", new DateOnly(2026, 12, 10), Cases.TeamLeader, Cases.Uk("2026-12-10 10:00"));
                return referred;
            default:
                var withdrawn = Cases.Log();
                withdrawn.Withdraw("Sorted out.", Cases.Officer, Cases.Uk("2026-11-17 10:00"));
                return withdrawn;
        }
    }

    public static TheoryData<ComplaintAction, CaseStatus> RefusedMoves()
    {
        var data = new TheoryData<ComplaintAction, CaseStatus>();
        foreach (var (action, statuses) in Allowed)
        {
            foreach (var status in Enum.GetValues<CaseStatus>().Except(statuses)) data.Add(action, status);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void EveryMoveOutsideTheTableIsRefusedWithTheReason(ComplaintAction action, CaseStatus status)
    {
        var complaint = InStatus(status);

        Assert.Equal(status, complaint.Status);
        Assert.Equal($"{action.Describe()} is not possible while the case is {status.Describe()}.", complaint.WhyNot(action));
    }

    [Fact]
    public void EveryActionIsInTheTableExceptThoseForOtherKindsOfContact()
    {
        Assert.Equal(Enum.GetValues<ComplaintAction>().Except([ComplaintAction.Resolve, ComplaintAction.ConvertToComplaint]).Order(), Allowed.Keys.Order());
        Assert.Equal("A complaint is answered with a stage response, not resolved like a service request.", Cases.Log().WhyNot(ComplaintAction.Resolve));
        Assert.Equal("This is already a complaint.", Cases.Log().WhyNot(ComplaintAction.ConvertToComplaint));
    }

    public static TheoryData<string, Action<Complaint>, string> RefusedInputs => new()
    {
        { "withdraw without a reason", c => c.Withdraw(" ", Cases.Officer, Cases.Uk("2026-11-17 10:00")), "Record why the complainant withdrew." },
        { "empty note", c => c.AddNote("", Cases.Officer, Cases.Uk("2026-11-17 10:00")), "Write the note first." },
        { "call in the future", c => c.LogCall(Cases.Uk("2026-11-18 10:00"), "Spoke.", Cases.Officer, Cases.Uk("2026-11-17 10:00")), "The call cannot be in the future." },
        { "call with nothing said", c => c.LogCall(Cases.Uk("2026-11-17 09:00"), " ", Cases.Officer, Cases.Uk("2026-11-17 10:00")), "Say what was discussed on the call." },
        { "allocate to the same officer", c => { c.Allocate(Cases.Officer.StaffUserId, "Priya Shah", Cases.TeamLeader, Cases.Uk("2026-11-17 10:00")); c.Allocate(Cases.Officer.StaffUserId, "Priya Shah", Cases.TeamLeader, Cases.Uk("2026-11-17 11:00")); }, "The case is already allocated to Priya Shah." },
        { "acknowledge before receipt", c => c.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-15 10:00"), Cases.Calendar), "A stage cannot be acknowledged before it was opened." },
        { "extend by nothing", c => { c.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar); c.Extend(0, "Why", Cases.Uk("2026-11-17 10:00"), Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar); }, "An extension must be at least one working day." },
        { "negative redress", c => { c.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar); c.RecordResponse(new StageResponse(Outcome.NotUpheld, FinancialRedress: -1m), Cases.TeamLeader, Cases.Uk("2026-11-18 10:00"), Cases.Calendar); }, "Financial redress cannot be negative." },
        { "a withdrawn outcome as a response", c => { c.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar); c.RecordResponse(new StageResponse(Outcome.Withdrawn), Cases.TeamLeader, Cases.Uk("2026-11-18 10:00"), Cases.Calendar); }, "A stage response is upheld, partly upheld, not upheld or resolved informally." },
    };

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public void BadInputIsRefusedWithAMessageAndChangesNothingMore(string _, Action<Complaint> attempt, string message)
    {
        var complaint = Cases.Log();

        var refusal = Assert.Throws<DomainException>(() => attempt(complaint));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void AnOmbudsmanRemedyAndItsComplianceDateGoTogether()
    {
        var complaint = InStatus(CaseStatus.WithOmbudsman);

        var noDate = Assert.Throws<DomainException>(() => complaint.RecordOmbudsmanDecision(OmbudsmanDecision.FaultAndInjustice, new DateOnly(2027, 2, 1), "Pay £100.", null, Cases.TeamLeader, Cases.Uk("2027-02-01 10:00")));
        var early = Assert.Throws<DomainException>(() => complaint.RecordOmbudsmanDecision(OmbudsmanDecision.NoFault, new DateOnly(2026, 12, 1), null, null, Cases.TeamLeader, Cases.Uk("2027-02-01 10:00")));
        var noRemedy = complaint.WhyNot(ComplaintAction.RecordRemedyCompliance);

        Assert.Equal("A recommended remedy needs the date it must be complied with, and a compliance date needs the remedy.", noDate.Message);
        Assert.Equal("The decision cannot be earlier than the enquiry.", early.Message);
        Assert.Equal("There is no Ombudsman remedy awaiting compliance.", noRemedy);
    }

    [Fact]
    public void InformationRightsReviewsAreDueTwentyWorkingDaysFromReceipt()
    {
        var review = Cases.Log("InformationRights", "2026-11-16 10:00");

        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 14)), (review.Stage!.AcknowledgementDue, review.Stage.ResponseDue!.Value));
        Assert.Equal("Stage 1 is the last stage of the Information rights (internal review) procedure: the next step is the Information Commissioner's Office.",
            ComplaintAfterResponse(review));
    }

    private static string? ComplaintAfterResponse(Complaint review)
    {
        review.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        review.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-11-20 10:00"), Cases.Calendar);
        return review.WhyNot(ComplaintAction.Escalate);
    }
}
