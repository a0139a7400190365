using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>Stages opened, or answered (and how many of those within timescale), per month: the eight-quarter trend.</summary>
[PrimaryKey(nameof(Month), nameof(Measure), nameof(StageNumber), nameof(ServiceAreaId), nameof(ProcedureId))]
public sealed class StageMonthlyCount : IReportingCount, IReportedByArea
{
    private StageMonthlyCount() { }

    internal StageMonthlyCount(DateOnly month, StageMeasure measure, int stageNumber, int serviceAreaId, int procedureId, int stages, int withinTimescale)
    {
        Month = month;
        Measure = measure;
        StageNumber = stageNumber;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        Stages = stages;
        WithinTimescale = withinTimescale;
    }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }
    public StageMeasure Measure { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public int Stages { get; private set; }
    /// <summary>Of the stages answered in the month, those answered within timescale; nought for opened stages.</summary>
    public int WithinTimescale { get; private set; }
}
