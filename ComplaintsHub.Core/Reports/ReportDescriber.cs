using ComplaintsHub.Core.Data.Counts;

namespace ComplaintsHub.Core.Reports;

public static class ReportDescriber
{
    public static string Describe(this AnswerState value) => value switch
    {
        AnswerState.WithinTimescale => "Answered within timescale",
        AnswerState.OutsideTimescale => "Answered late",
        AnswerState.AwaitingResponse => "Awaiting response",
        AnswerState.Withdrawn => "Withdrawn",
        _ => value.ToString(),
    };

    public static string Describe(this RagStatus value) => value switch
    {
        RagStatus.Green => "Green: on or above target",
        RagStatus.Amber => "Amber: up to 10 points below target",
        RagStatus.Red => "Red: more than 10 points below target",
        _ => "No responses",
    };
}
