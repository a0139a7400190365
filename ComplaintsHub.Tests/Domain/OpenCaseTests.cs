using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Domain;

/// <summary>"Open" written out independently of the code: a case needs work until it is closed or withdrawn.</summary>
public class OpenCase
{
    private static readonly CaseStatus[] Ended = [CaseStatus.Closed, CaseStatus.Withdrawn];

    [Fact]
    public void EveryStatusButClosedAndWithdrawnIsOpen()
    {
        var open = Enum.GetValues<CaseStatus>().Where(s => s.IsOpen()).ToList();

        Assert.Equal(Enum.GetValues<CaseStatus>().Except(Ended), open);
        Assert.Contains(CaseStatus.Responded, open);
    }

    [Fact]
    public void TheDatabaseFilterAndTheStatusCheckAgreeOnEveryStatus()
    {
        var filter = CaseFilters.Open.Compile();
        var open = Enum.GetValues<CaseStatus>().Where(s => filter(InStatus(s))).ToList();

        Assert.Equal(Enum.GetValues<CaseStatus>().Except(Ended), open);
        Assert.All(Enum.GetValues<CaseStatus>(), s => Assert.Equal(s.IsOpen(), InStatus(s).IsOpen));
    }

    // Each status reached through the lifecycle itself, as a case gets there.
    private static Complaint InStatus(CaseStatus status)
    {
        var complaint = status == CaseStatus.Received ? Cases.Log() : ComplaintDeadlines.Responded(Outcome.NotUpheld);
        switch (status)
        {
            case CaseStatus.Acknowledged:
                complaint = Cases.Log();
                complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
                break;
            case CaseStatus.Closed:
                complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));
                break;
            case CaseStatus.WithOmbudsman:
                complaint.Close(Cases.TeamLeader, Cases.Uk("2026-11-30 10:00"));
                complaint.ReferToOmbudsman("26 000 001", new DateOnly(2026, 12, 10), Cases.TeamLeader, Cases.Uk("2026-12-10 10:00"));
                break;
            case CaseStatus.Withdrawn:
                complaint = Cases.Log();
                complaint.Withdraw("Sorted out.", Cases.Officer, Cases.Uk("2026-11-17 10:00"));
                break;
        }

        Assert.Equal(status, complaint.Status);
        return complaint;
    }
}
