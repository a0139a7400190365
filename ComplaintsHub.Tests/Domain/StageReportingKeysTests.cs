using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Domain;

/// <summary>What each stage carries for the reports, so that they count stages without reading every case.</summary>
public class StageReportingKeys
{
    [Fact]
    public void EveryStageCarriesItsCasesServiceAreaAndProcedure()
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        complaint.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-11-20 10:00"), Cases.Calendar);

        complaint.Escalate(null, Cases.Officer, Cases.Uk("2026-11-24 10:00"), Cases.Calendar);

        Assert.All(complaint.Stages, s => Assert.Equal((complaint.ServiceAreaId, complaint.ProcedureId), (s.ServiceAreaId, s.ProcedureId)));
        Assert.Equal(2, complaint.Stages.Count);
    }

    [Fact]
    public void AWithdrawalIsDatedOnTheStageAndReopeningClearsIt()
    {
        var complaint = Cases.Log();
        complaint.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);

        complaint.Withdraw("Sorted out.", Cases.Officer, Cases.Uk("2026-11-18 23:30"));   // 23:30 UK time is still the 18th

        Assert.Equal(new DateOnly(2026, 11, 18), complaint.Stage!.WithdrawnOn);
        complaint.Reopen("Not sorted after all.", Cases.TeamLeader, Cases.Uk("2026-11-19 09:00"));
        Assert.Null(complaint.Stage.WithdrawnOn);
    }
}
