using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;

namespace ComplaintsHub.Core.Reports;

/// <summary>What the dashboard and the workbook are for: a period, optionally one service area and one procedure.</summary>
public sealed record KpiFilter(ReportPeriod Period, int? ServiceAreaId = null, int? ProcedureId = null);

/// <summary>Who the figures are for. Councillors get aggregates only, with small counts suppressed.</summary>
public enum KpiAudience
{
    Staff,
    Councillor,
}

/// <summary>Stages opened in the period, by service area, procedure, stage, month and how they stand now.</summary>
public sealed record ReceivedFigure(int ServiceAreaId, int ProcedureId, int Stage, DateOnly Month, AnswerState Answer, int Count);

/// <summary>Stages opened in the period by what they were about (the same stages as <see cref="ReceivedFigure"/>).</summary>
public sealed record ReceivedBySubject(int ServiceAreaId, int ProcedureId, int Stage, int? SubjectId, int Count);

/// <summary>Stages opened in the period by the kind of failing complained about (the same stages again).</summary>
public sealed record ReceivedByCategory(int ServiceAreaId, int ProcedureId, int Stage, int? CategoryId, int Count);

/// <summary>Stage responses sent in the period, with the working-day totals the averages are made from.</summary>
public sealed record ResponseFigure(int ServiceAreaId, int ProcedureId, int Stage, Outcome? Outcome, bool Late, int Count, int TotalWorkingDays, int TotalWorkingDaysLate, int MaxWorkingDaysLate);

/// <summary>How one stage performed in the period.</summary>
public sealed record StagePerformance(int Stage, int Received, int Responded, int WithinTimescale, int TotalWorkingDays, int TotalWorkingDaysLate, int MaxWorkingDaysLate)
{
    public int Late => Responded - WithinTimescale;
    /// <summary>Share of responses sent within timescale, 0–1; null when nothing was answered.</summary>
    public double? ShareWithinTimescale => Responded == 0 ? null : (double)WithinTimescale / Responded;
    public double? AverageWorkingDaysToRespond => Responded == 0 ? null : (double)TotalWorkingDays / Responded;
    /// <summary>For late responses only: the average number of working days past the due date.</summary>
    public double? AverageWorkingDaysLate => Late == 0 ? null : (double)TotalWorkingDaysLate / Late;
}

public sealed record OmbudsmanFigures(
    int EnquiriesReceived,
    IReadOnlyDictionary<OmbudsmanDecision, int> Decisions,
    int RemediesRecommended,
    int CompliedOnTime,
    int CompliedLate,
    int ComplianceOverdue,
    int ComplianceNotYetDue)
{
    public int DecisionsMade => Decisions.Values.Sum();
    /// <summary>The Ombudsmen count a complaint as upheld when they find fault.</summary>
    public int Upheld => Decisions.GetValueOrDefault(OmbudsmanDecision.FaultNoInjustice) + Decisions.GetValueOrDefault(OmbudsmanDecision.FaultAndInjustice);
    public double? UpheldRate => DecisionsMade == 0 ? null : (double)Upheld / DecisionsMade;
}

/// <summary>One quarter of the eight-quarter trend.</summary>
public sealed record TrendPoint(FinancialQuarter Quarter, int Stage1Received, int Stage2Received, int Stage1Responded, int Stage1Within, int Stage2Responded, int Stage2Within)
{
    public double? Stage1ShareWithin => Stage1Responded == 0 ? null : (double)Stage1Within / Stage1Responded;
    public double? Stage2ShareWithin => Stage2Responded == 0 ? null : (double)Stage2Within / Stage2Responded;
    public double? EscalationRate => Stage1Responded == 0 ? null : (double)Stage2Received / Stage1Responded;
}

/// <summary>The Tenant Satisfaction Measures for the housing (landlord) procedure.</summary>
public sealed record HousingMeasures(int? Homes, StagePerformance Stage1, StagePerformance Stage2)
{
    /// <summary>CH01: complaints received per 1,000 homes; null until the admin has entered the homes for the year.</summary>
    public double? Ch01Stage1 => Homes is > 0 ? Stage1.Received * 1000.0 / Homes.Value : null;
    public double? Ch01Stage2 => Homes is > 0 ? Stage2.Received * 1000.0 / Homes.Value : null;
    /// <summary>CH02: share of responses within the Complaint Handling Code's timescales.</summary>
    public double? Ch02Stage1 => Stage1.ShareWithinTimescale;
    public double? Ch02Stage2 => Stage2.ShareWithinTimescale;
}

/// <summary>
/// Every reporting figure (docs/kpi-definitions.md) for one period, as aggregated in the database. The dashboard
/// and the workbook both present this one object (through <see cref="KpiTables"/>), so they cannot disagree.
/// </summary>
public sealed record KpiReport
{
    public required KpiFilter Filter { get; init; }
    public ReportPeriod Period => Filter.Period;
    /// <summary>The day the "at period end" figures are taken: the period's last day, or today if that is earlier.</summary>
    public required DateOnly AsAt { get; init; }
    public required KpiAudience Audience { get; init; }
    /// <summary>Target share of responses within timescale, 0–1.</summary>
    public required double Target { get; init; }
    /// <summary>Service areas the figures cover (the filter and the person's scope), in display order.</summary>
    public required IReadOnlyDictionary<int, string> ServiceAreas { get; init; }
    /// <summary>True for a team leader, who sees the figures of their own service areas only.</summary>
    public bool LimitedToOwnAreas { get; init; }
    /// <summary>Every service area the person may choose from, whatever the filter.</summary>
    public required IReadOnlyDictionary<int, string> SelectableServiceAreas { get; init; }
    public required IReadOnlyDictionary<int, string> Subjects { get; init; }
    public required IReadOnlyDictionary<int, string> Categories { get; init; }
    public required IReadOnlyDictionary<int, string> Procedures { get; init; }
    public string? ServiceAreaName { get; init; }
    public string? ProcedureName { get; init; }
    public required IReadOnlyList<ReceivedFigure> Received { get; init; }
    public required IReadOnlyList<ReceivedBySubject> ReceivedBySubject { get; init; }
    public required IReadOnlyList<ReceivedByCategory> ReceivedByCategory { get; init; }
    public required IReadOnlyList<ResponseFigure> Responses { get; init; }
    /// <summary>Complaints withdrawn in the period, by the stage they were at.</summary>
    public required IReadOnlyDictionary<int, int> WithdrawnByStage { get; init; }
    /// <summary>Complaints closed (or withdrawn) in the period, and how many of them have an outcome recorded.</summary>
    public required int ClosedInPeriod { get; init; }
    public required int ClosedWithOutcome { get; init; }
    /// <summary>Stages awaiting acknowledgement or response on <see cref="AsAt"/>.</summary>
    public required int OpenAtEnd { get; init; }
    public required int OverdueAtEnd { get; init; }
    public required int OpenWithAllocatedOfficer { get; init; }
    public required OmbudsmanFigures Ombudsman { get; init; }
    public required IReadOnlyDictionary<ContactClassification, int> ContactsByClassification { get; init; }
    public required int ServiceRequestsConvertedToComplaints { get; init; }
    public required IReadOnlyList<TrendPoint> Trend { get; init; }
    /// <summary>Null when the figures do not cover the housing procedure (filtered to another one).</summary>
    public required HousingMeasures? Housing { get; init; }

    public StagePerformance Stage(int stage) => Performance(Received.Where(r => r.Stage == stage), Responses.Where(r => r.Stage == stage), stage);

    /// <summary>The stages that have anything to report, at least Stage 1 and Stage 2.</summary>
    public IReadOnlyList<int> StageNumbers =>
        Received.Select(r => r.Stage).Concat(Responses.Select(r => r.Stage)).Append(1).Append(2).Distinct().Order().ToList();

    public int ReceivedTotal => Received.Sum(r => r.Count);
    public int RespondedTotal => Responses.Sum(r => r.Count);
    public double? ShareWithinTimescale => RespondedTotal == 0 ? null : (double)Responses.Where(r => !r.Late).Sum(r => r.Count) / RespondedTotal;

    /// <summary>Stage 2 received ÷ Stage 1 responses sent in the period.</summary>
    public double? EscalationRate
    {
        get
        {
            var stage1Responses = Responses.Where(r => r.Stage == 1).Sum(r => r.Count);
            return stage1Responses == 0 ? null : (double)Received.Where(r => r.Stage == 2).Sum(r => r.Count) / stage1Responses;
        }
    }

    public double? ShareOpenAllocated => OpenAtEnd == 0 ? null : (double)OpenWithAllocatedOfficer / OpenAtEnd;
    public double? ShareClosedWithOutcome => ClosedInPeriod == 0 ? null : (double)ClosedWithOutcome / ClosedInPeriod;

    public RagStatus RagFor(double? share) => share is not { } s ? RagStatus.NotApplicable
        : s >= Target ? RagStatus.Green
        : s >= Target - 0.1 ? RagStatus.Amber
        : RagStatus.Red;

    internal static StagePerformance Performance(IEnumerable<ReceivedFigure> received, IEnumerable<ResponseFigure> responses, int stage)
    {
        var answered = responses.ToList();
        return new StagePerformance(stage, received.Sum(r => r.Count), answered.Sum(r => r.Count), answered.Where(r => !r.Late).Sum(r => r.Count),
            answered.Sum(r => r.TotalWorkingDays), answered.Sum(r => r.TotalWorkingDaysLate), answered.Select(r => r.MaxWorkingDaysLate).DefaultIfEmpty().Max());
    }
}

/// <summary>Red, amber or green against the target: green at or above it, amber within ten points below, red under that.</summary>
public enum RagStatus
{
    NotApplicable,
    Green,
    Amber,
    Red,
}
