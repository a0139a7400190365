using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Extends the current stage's response deadline, within the procedure's limit, once the complainant has been told why.</summary>
public sealed record ExtendCommand(int WorkingDays, string Reason, DateOnly ComplainantToldOn) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Extend, "Extend", StaffRoles.Managers);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CaseText.Required(Reason, "The reason") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var c = change.Case;
        CaseDates.RequireHappened(ComplainantToldOn, change.Today, "The date the complainant was told cannot be in the future.", "The date the complainant was told");
        if (c.Can(ComplaintAction.Extend) && c.Stage is { } stage)
        {
            var max = c.Procedure.Stage(c.CurrentStage).MaxExtensionWorkingDays;
            var left = max - stage.ExtendedByWorkingDays;
            if (WorkingDays < 1 || WorkingDays > left)
            {
                throw new InputRefusedException(CaseActionFields.WorkingDays, left < 1
                    ? $"Stage {c.CurrentStage} has already been extended by the most allowed ({max} working days)."
                    : $"Extend by 1 to {left} working days: Stage {c.CurrentStage} may be extended by at most {max} in all, and {stage.ExtendedByWorkingDays} {(stage.ExtendedByWorkingDays == 1 ? "is" : "are")} already used.");
            }
        }

        c.Extend(WorkingDays, Reason, CaseDates.MiddayOf(ComplainantToldOn), change.By, change.Now, change.Calendar);
        return Task.CompletedTask;
    }
}
