using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

// Counts kept beside the cases so that a quarter's KPIs read a few thousand rows rather than one per case
// (docs/decisions/0007). Nobody writes these rows: ReportingCounter adjusts them in the same transaction as every save
// that adds, changes or removes a stage or a case, and recounts them from the cases when the tables are created.
// Key columns cannot be null, so "none recorded" is stored as 0 (ids) or "" (outcome).

/// <summary>What a monthly stage count counts: stages opened in the month, or stages answered in it.</summary>
public enum StageMeasure
{
    Opened,
    Responded,
}

/// <summary>Stages opened, or answered (and how many of those within timescale), per month: the eight-quarter trend.</summary>
public sealed class StageMonthlyCount : IReportedByArea
{
    private StageMonthlyCount() { }

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

/// <summary>
/// Stages opened in a month by how each stands now (within timescale, outside it, awaiting a response, withdrawn):
/// the dashboard's received totals, received by month, and received by timescale.
/// </summary>
public sealed class ReceivedAnswerCount : IReportedByArea
{
    private ReceivedAnswerCount() { }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public AnswerState Answer { get; private set; }
    public int Stages { get; private set; }
}

// The same stages again, by subject and by category: one table per breakdown, so that each of the dashboard's tables
// reads rows already summed as it shows them rather than summing thousands of finer ones on every view.

/// <summary>Stages opened in a month by what they were about.</summary>
public sealed class ReceivedSubjectCount : IReportedByArea
{
    private ReceivedSubjectCount() { }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    /// <summary>0 when none was recorded.</summary>
    public int SubjectId { get; private set; }
    public int Stages { get; private set; }
}

/// <summary>Stages opened in a month by the kind of failing complained about.</summary>
public sealed class ReceivedCategoryCount : IReportedByArea
{
    private ReceivedCategoryCount() { }

    public DateOnly Month { get; private set; }
    public int StageNumber { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    /// <summary>0 when none was recorded.</summary>
    public int CategoryId { get; private set; }
    public int Stages { get; private set; }
}

/// <summary>
/// Stage responses sent in a month by outcome and by how many working days late they were (0 = within timescale):
/// keeping the days late as part of the key lets the most days late be found without reading the stages.
/// </summary>
public sealed class ResponseCount : IReportedByArea
{
    private ResponseCount() { }

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

/// <summary>Complaints closed (or withdrawn) in a month, by how they ended and at which stage.</summary>
public sealed class ClosureCount : IReportedByArea
{
    private ClosureCount() { }

    /// <summary>The first day of the UK month the case was closed in.</summary>
    public DateOnly Month { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public CaseStatus Status { get; private set; }
    public int CurrentStage { get; private set; }
    public bool HasOutcome { get; private set; }
    public int Complaints { get; private set; }
}

/// <summary>Contacts received in a month by classification: complaints, service requests and the rest.</summary>
public sealed class ContactCount : IReportedByArea
{
    private ContactCount() { }

    public DateOnly Month { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public ContactClassification Classification { get; private set; }
    public int Contacts { get; private set; }
}
