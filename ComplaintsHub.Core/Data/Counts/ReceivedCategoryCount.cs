using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

// The stages of ReceivedAnswerCount again, by subject and by category: one table per breakdown, so that each of the
// dashboard's tables reads rows already summed as it shows them rather than summing thousands of finer ones on every view.

/// <summary>Stages opened in a month by the kind of failing complained about.</summary>
[PrimaryKey(nameof(Month), nameof(StageNumber), nameof(ServiceAreaId), nameof(ProcedureId), nameof(CategoryId))]
public sealed class ReceivedCategoryCount : IReportingCount, IReportedByArea
{
    private ReceivedCategoryCount() { }

    internal ReceivedCategoryCount(DateOnly month, int stageNumber, int serviceAreaId, int procedureId, int categoryId, int stages)
    {
        Month = month;
        StageNumber = stageNumber;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        CategoryId = categoryId;
        Stages = stages;
    }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    /// <summary>0 when none was recorded.</summary>
    public int CategoryId { get; private set; }
    public int Stages { get; private set; }
}
