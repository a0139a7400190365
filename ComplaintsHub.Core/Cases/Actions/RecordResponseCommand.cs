using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Records the current stage's answer: the outcome, the remedy and, when upheld, the root cause and the lesson learnt,
/// with what it promises the complainant (<paramref name="Promised"/>), each then tracked until done.
/// </summary>
public sealed record RecordResponseCommand(StageResponse Response, IReadOnlyList<PromisedActionTerms>? Promised = null) : CaseCommand, ICaseActionCommand
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
        var promised = (Promised ?? []).Select((p, i) => p with
        {
            What = CaseText.Required(p.What, "What was promised", CaseActionFields.PromisedWhat(i)),
            Who = CaseText.Optional(p.Who, "Who will do it", CaseActionFields.PromisedWhat(i), TextLimits.Label),
        }).ToList();
        return this with { Response = response, Promised = promised };
    }

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var promised = await PromisedActionOwners.NamedAsync(change.Db, change.Case, Promised ?? [], cancellationToken);
        change.Case.RecordResponse(Response, change.By, change.Now, change.Calendar, promised);
    }
}
