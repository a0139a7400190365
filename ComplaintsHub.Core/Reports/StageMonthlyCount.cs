using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

/// <summary>What a monthly count counts: stages opened in the month, or stages answered in it.</summary>
public enum StageMeasure
{
    Opened,
    Responded,
}

/// <summary>
/// How many stages were opened, or answered (and how many of those within timescale), in a month, by stage, service
/// area and procedure. The eight-quarter trend reads these few hundred rows instead of two years of stages
/// (docs/decisions/0007). The rows are never written by hand: <see cref="Data.ComplaintsDbContext"/> adjusts them in the
/// same transaction as every save that adds, changes or removes a stage, and <see cref="StageMonthlyCounter.RecountAsync"/>
/// rebuilds them from the stages after data has been loaded outside the application.
/// </summary>
public sealed class StageMonthlyCount : IReportedByArea
{
    private StageMonthlyCount() { }

    internal StageMonthlyCount(StageCountKey key, int stages, int withinTimescale)
    {
        (Month, Measure, StageNumber, ServiceAreaId, ProcedureId) = key;
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

/// <summary>The row a stage counts in.</summary>
internal sealed record StageCountKey(DateOnly Month, StageMeasure Measure, int StageNumber, int ServiceAreaId, int ProcedureId)
{
    public static StageCountKey For(DateOnly day, StageMeasure measure, int stageNumber, int serviceAreaId, int procedureId) =>
        new(new DateOnly(day.Year, day.Month, 1), measure, stageNumber, serviceAreaId, procedureId);

    /// <summary>Saves change rows in this order, so that two saves sharing rows lock them in the same order.</summary>
    public (DateOnly, StageMeasure, int, int, int) SortKey => (Month, Measure, StageNumber, ServiceAreaId, ProcedureId);
}

/// <summary>
/// How many stages opened in a month stand within timescale, outside it, awaiting a response or withdrawn, by stage,
/// service area, procedure, subject and category: the breakdown every "received" table of the dashboard is made from,
/// a few thousand rows a quarter instead of one per stage. Kept exactly as <see cref="StageMonthlyCount"/> is.
/// </summary>
public sealed class ReceivedStageCount : IReportedByArea
{
    /// <summary>Stands for "none recorded" in <see cref="SubjectId"/> and <see cref="CategoryId"/>, which are part of the key.</summary>
    public const int NoneRecorded = 0;

    private ReceivedStageCount() { }

    internal ReceivedStageCount(ReceivedCountKey key, int stages)
    {
        (Month, StageNumber, ServiceAreaId, ProcedureId, SubjectId, CategoryId, Answer) = key;
        Stages = stages;
    }

    /// <summary>The first day of the month the stage was opened in.</summary>
    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public int SubjectId { get; private set; }
    public int CategoryId { get; private set; }
    public AnswerState Answer { get; private set; }
    public int Stages { get; private set; }
}

/// <summary>The row a stage counts in among the received breakdown.</summary>
internal sealed record ReceivedCountKey(DateOnly Month, int StageNumber, int ServiceAreaId, int ProcedureId, int SubjectId, int CategoryId, AnswerState Answer)
{
    /// <inheritdoc cref="StageCountKey.SortKey"/>
    public (DateOnly, int, int, int, int, int, AnswerState) SortKey => (Month, StageNumber, ServiceAreaId, ProcedureId, SubjectId, CategoryId, Answer);

    /// <summary>How a stage stands now; the same precedence as the report's own definition (docs/kpi-definitions.md).</summary>
    public static AnswerState StateOf(int? workingDaysLate, DateOnly? withdrawnOn) => workingDaysLate switch
    {
        0 => AnswerState.WithinTimescale,
        > 0 => AnswerState.OutsideTimescale,
        _ => withdrawnOn is not null ? AnswerState.Withdrawn : AnswerState.AwaitingResponse,
    };
}
