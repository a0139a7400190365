using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Acknowledges the current stage. Under a procedure whose response date is agreed with the complainant, that date is required.</summary>
public sealed record AcknowledgeCommand(DateOnly? AgreedResponseDate = null) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Acknowledge, "Acknowledge", StaffRoles.Caseworkers);

    public override CaseActionDefinition Action => Definition;

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        if (AgreedResponseDate is { } agreed) PlausibleDates.RequireDeadline(agreed, change.Today, CaseActionFields.Date, "The agreed response date");
        change.Case.Acknowledge(change.By, change.Now, change.Calendar, AgreedResponseDate);
        return Task.CompletedTask;
    }
}
