namespace ComplaintsHub.Core.Data.Counts;

/// <summary>How a stage opened in the period stands now.</summary>
public enum AnswerState
{
    WithinTimescale,
    OutsideTimescale,
    AwaitingResponse,
    Withdrawn,
}
