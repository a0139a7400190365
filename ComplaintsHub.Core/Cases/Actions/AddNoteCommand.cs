using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Adds a note to the timeline.</summary>
public sealed record AddNoteCommand(string Text) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.AddNote, "Add a note", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Text = CaseText.Required(Text, "The note") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        change.Case.AddNote(Text, change.By, change.Now);
        return Task.CompletedTask;
    }
}
