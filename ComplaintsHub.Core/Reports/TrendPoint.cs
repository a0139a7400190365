using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Reports;

/// <summary>One quarter of the eight-quarter trend.</summary>
public sealed record TrendPoint(FinancialQuarter Quarter, int Stage1Received, int Stage2Received, int Stage1Responded, int Stage1Within, int Stage2Responded, int Stage2Within)
{
    public double? Stage1ShareWithin => Stage1Responded == 0 ? null : (double)Stage1Within / Stage1Responded;
    public double? Stage2ShareWithin => Stage2Responded == 0 ? null : (double)Stage2Within / Stage2Responded;
    public double? EscalationRate => Stage1Responded == 0 ? null : (double)Stage2Received / Stage1Responded;
}
