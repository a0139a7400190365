using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Closes a contact that is not a complaint (a service request dealt with, an enquiry answered), saying how.</summary>
public sealed record ResolveCommand(string Note) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Resolve, "Resolve", StaffRoles.Caseworkers);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Note = CaseText.Required(Note, "How it was dealt with") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.Resolve(Note, change.By, change.Now);
        return Task.CompletedTask;
    }
}
