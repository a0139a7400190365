using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>
/// Stages opened in a month by how each stands now (within timescale, outside it, awaiting a response, withdrawn):
/// the dashboard's received totals, received by month, and received by timescale.
/// </summary>
[PrimaryKey(nameof(Month), nameof(StageNumber), nameof(ServiceAreaId), nameof(ProcedureId), nameof(Answer))]
public sealed class ReceivedAnswerCount : IReportingCount, IReportedByArea
{
    private ReceivedAnswerCount() { }

    internal ReceivedAnswerCount(DateOnly month, int stageNumber, int serviceAreaId, int procedureId, AnswerState answer, int stages)
    {
        Month = month;
        StageNumber = stageNumber;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        Answer = answer;
        Stages = stages;
    }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public AnswerState Answer { get; private set; }
    public int Stages { get; private set; }
}
