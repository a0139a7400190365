using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Records a call with the complainant: when, and what was said.</summary>
public sealed record LogCallCommand(DateOnly CalledOn, string Summary) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.LogCall, "Log a call", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Summary = CaseText.Required(Summary, "What was said") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        CaseDates.RequireHappened(CalledOn, change.Today, "The call cannot be in the future.", "The date of the call");
        // A call logged on the day keeps its time; an earlier one has only its date.
        change.Case.LogCall(CalledOn == change.Today ? change.Now : CaseDates.MiddayOf(CalledOn), Summary, change.By, change.Now);
        return Task.CompletedTask;
    }
}
