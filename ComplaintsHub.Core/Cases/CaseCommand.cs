using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// One change to a case, carrying what the person entered. <see cref="CaseActions.ApplyAsync"/> is the only way it is
/// applied: it checks visibility, the role (<see cref="RoleRefusal"/>), the version and the session, then calls
/// <see cref="ApplyAsync"/>, where the aggregate checks the move and appends its timeline event, and saves once.
/// </summary>
public abstract record CaseCommand
{
    /// <summary>The action this takes, as the aggregate's transition table knows it.</summary>
    public abstract CaseActionDefinition Action { get; }

    /// <summary>
    /// The command with its text cleaned, refusing text and numbers outside their limits naming the field. Called before
    /// the case is read, so a refusal costs nothing; dates are checked in <see cref="ApplyAsync"/>, against the case's today.
    /// </summary>
    public virtual CaseCommand Checked() => this;

    /// <summary>Why this person may not take this command on this case, or null when they may.</summary>
    public virtual string? RoleRefusal(CurrentStaff staff, Complaint complaint) => Action.RoleRefusal(staff, complaint);

    /// <summary>
    /// Writes or deletes stored content as it applies (a document): the command and the save then run in one
    /// transaction, so a refusal part-way through a file leaves nothing of it.
    /// </summary>
    public virtual bool WritesContent => false;

    /// <summary>Reads what the change needs through the same context and applies it to the aggregate. Nothing is saved here.</summary>
    public abstract Task ApplyAsync(CaseChange change, CancellationToken cancellationToken);
}
