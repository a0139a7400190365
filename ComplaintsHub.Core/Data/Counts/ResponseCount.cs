using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>
/// Stage responses sent in a month by outcome and by how many working days late they were (0 = within timescale):
/// keeping the days late as part of the key lets the most days late be found without reading the stages.
/// </summary>
[PrimaryKey(nameof(Month), nameof(StageNumber), nameof(ServiceAreaId), nameof(ProcedureId), nameof(Outcome), nameof(WorkingDaysLate))]
public sealed class ResponseCount : IReportingCount, IReportedByArea
{
    private ResponseCount() { }

    internal ResponseCount(DateOnly month, int stageNumber, int serviceAreaId, int procedureId, string outcome, int workingDaysLate, int stages, int workingDaysToRespond)
    {
        Month = month;
        StageNumber = stageNumber;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        Outcome = outcome;
        WorkingDaysLate = workingDaysLate;
        Stages = stages;
        WorkingDaysToRespond = workingDaysToRespond;
    }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    /// <summary>The outcome's name; "" when none was recorded.</summary>
    public string Outcome { get; private set; } = "";
    public int WorkingDaysLate { get; private set; }
    public int Stages { get; private set; }
    /// <summary>Working days taken to respond, added up over the stages.</summary>
    public int WorkingDaysToRespond { get; private set; }
}
