namespace ComplaintsHub.Core.Data.Counts;

/// <summary>What a monthly stage count counts: stages opened in the month, or stages answered in it.</summary>
public enum StageMeasure
{
    Opened,
    Responded,
}
