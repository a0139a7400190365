using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Tests.Reports;

/// <summary>
/// A councillor's KPI report made by hand, without a database, so that a test can set exactly the counts an attempted
/// recovery needs (e.g. received 18, Stage 1 15, Stage 2 3). Subjects and categories follow the received figures (one
/// subject per area, no category), and the trend's own quarter (or a year's last quarter) is the period's figures.
/// </summary>
public sealed class HandBuiltReport
{
    public const int Housing = 1;
    public const int Waste = 2;
    public const int Parking = 3;
    public const int Procedure = 1;

    public static readonly ReportPeriod Q3 = ReportPeriod.ForQuarter(2026, 3);

    private readonly List<ReceivedFigure> _received = [];
    private readonly List<ResponseFigure> _responses = [];

    public HandBuiltReport(ReportPeriod? period = null) => Period = period ?? Q3;

    public ReportPeriod Period { get; }
    public KpiAudience Audience { get; init; } = KpiAudience.Councillor;
    public IReadOnlyDictionary<int, string> Areas { get; init; } = new Dictionary<int, string> { [Housing] = "Housing", [Waste] = "Waste & Recycling", [Parking] = "Parking" };
    public OmbudsmanFigures Ombudsman { get; init; } = new(0, new Dictionary<OmbudsmanDecision, int>(), 0, 0, 0, 0, 0);
    public IReadOnlyDictionary<ContactClassification, int> Contacts { get; init; } = new Dictionary<ContactClassification, int>();
    public (int Open, int Overdue, int Allocated) Open { get; init; }
    public (int Closed, int WithOutcome) Closed { get; init; }
    public int? Homes { get; init; }

    /// <summary>Stages opened: <paramref name="month"/> is 0 for the period's first month.</summary>
    public HandBuiltReport Received(int area, int stage, int month, int count, AnswerState answer = AnswerState.AwaitingResponse)
    {
        _received.Add(new ReceivedFigure(area, Procedure, stage, Period.Months[month], answer, count));
        return this;
    }

    public HandBuiltReport Responses(int area, int stage, int count, bool late = false, Outcome outcome = Outcome.NotUpheld, int workingDaysEach = 10)
    {
        _responses.Add(new ResponseFigure(area, Procedure, stage, outcome, late, count, count * workingDaysEach, late ? count : 0, late ? 1 : 0));
        return this;
    }

    public KpiReport Build()
    {
        var quarters = Period.TrendQuarters;
        var trend = quarters.Select(q =>
        {
            var received = _received.Where(r => r.Month >= q.Start && r.Month <= q.End).ToList();
            // Responses carry no month: they belong to the period's last quarter.
            var responses = q == Period.LastQuarter ? _responses : [];
            int Responded(int stage, bool withinOnly) => responses.Where(r => r.Stage == stage && (!withinOnly || !r.Late)).Sum(r => r.Count);
            return new TrendPoint(q, received.Where(r => r.Stage == 1).Sum(r => r.Count), received.Where(r => r.Stage == 2).Sum(r => r.Count),
                Responded(1, false), Responded(1, true), Responded(2, false), Responded(2, true));
        }).ToList();
        var housing = new HousingMeasures(Homes,
            KpiReport.Performance(_received.Where(r => r.ServiceAreaId == Housing && r.Stage == 1), _responses.Where(r => r.ServiceAreaId == Housing && r.Stage == 1), 1),
            KpiReport.Performance(_received.Where(r => r.ServiceAreaId == Housing && r.Stage == 2), _responses.Where(r => r.ServiceAreaId == Housing && r.Stage == 2), 2));
        return new KpiReport
        {
            Filter = new KpiFilter(Period),
            AsAt = Period.End,
            Audience = Audience,
            Target = 0.9,
            ServiceAreas = Areas,
            SelectableServiceAreas = Areas,
            Subjects = Areas.ToDictionary(a => a.Key * 10, a => $"{a.Value} service"),
            Categories = new Dictionary<int, string>(),
            Procedures = new Dictionary<int, string> { [Procedure] = "Corporate" },
            Received = _received,
            ReceivedBySubject = _received.GroupBy(r => (r.ServiceAreaId, r.Stage))
                .Select(g => new ReceivedBySubject(g.Key.ServiceAreaId, Procedure, g.Key.Stage, g.Key.ServiceAreaId * 10, g.Sum(r => r.Count))).ToList(),
            ReceivedByCategory = _received.GroupBy(r => (r.ServiceAreaId, r.Stage))
                .Select(g => new ReceivedByCategory(g.Key.ServiceAreaId, Procedure, g.Key.Stage, null, g.Sum(r => r.Count))).ToList(),
            Responses = _responses,
            WithdrawnByStage = new Dictionary<int, int>(),
            ClosedInPeriod = Closed.Closed,
            ClosedWithOutcome = Closed.WithOutcome,
            OpenAtEnd = Open.Open,
            OverdueAtEnd = Open.Overdue,
            OpenWithAllocatedOfficer = Open.Allocated,
            Ombudsman = Ombudsman,
            ContactsByClassification = Contacts,
            ServiceRequestsConvertedToComplaints = 0,
            Trend = trend,
            Housing = housing,
        };
    }
}
