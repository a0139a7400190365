using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

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
    public PromisedActionFigures PromisedActions { get; init; } = PromisedActionFigures.None;
    /// <summary>Null when the figures are for one procedure: improvement actions belong to a service area, not a procedure.</summary>
    public ImprovementActionFigures? ImprovementActions { get; init; }
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
