using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

// The stages of ReceivedAnswerCount again, by subject and by category: one table per breakdown, so that each of the
// dashboard's tables reads rows already summed as it shows them rather than summing thousands of finer ones on every view.

/// <summary>Stages opened in a month by what they were about.</summary>
[PrimaryKey(nameof(Month), nameof(StageNumber), nameof(ServiceAreaId), nameof(ProcedureId), nameof(SubjectId))]
public sealed class ReceivedSubjectCount : IReportingCount, IReportedByArea
{
    private ReceivedSubjectCount() { }

    internal ReceivedSubjectCount(DateOnly month, int stageNumber, int serviceAreaId, int procedureId, int subjectId, int stages)
    {
        Month = month;
        StageNumber = stageNumber;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        SubjectId = subjectId;
        Stages = stages;
    }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    /// <summary>0 when none was recorded.</summary>
    public int SubjectId { get; private set; }
    public int Stages { get; private set; }
}
