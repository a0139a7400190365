using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Records the current stage's answer: the outcome, the remedy and, when upheld, the root cause and the lesson learnt.</summary>
public sealed record RecordResponseCommand(StageResponse Response) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.RecordResponse, "Record response", StaffRoles.Managers, FromStage2Roles: StaffRoles.Stage2Responders);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked()
    {
        var response = Response with
        {
            RemedySummary = CaseText.Optional(Response.RemedySummary, "The remedy"),
            RootCause = CaseText.Optional(Response.RootCause, "The root cause", CaseActionFields.RootCause),
            LessonLearnt = CaseText.Optional(Response.LessonLearnt, "The lesson learnt", CaseActionFields.LessonLearnt),
        };
        NumberLimits.RequireRedress(response.FinancialRedress, CaseActionFields.FinancialRedress);
        return this with { Response = response };
    }

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.RecordResponse(Response, change.By, change.Now, change.Calendar);
        return Task.CompletedTask;
    }
}
