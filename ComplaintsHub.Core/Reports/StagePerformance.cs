namespace ComplaintsHub.Core.Reports;

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
