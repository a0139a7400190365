using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Puts right the date the contact was received, re-working its deadlines, saying why the recorded one was wrong.</summary>
/// <param name="ReceivedUk">The correct date and time received, in UK time.</param>
public sealed record CorrectReceivedDateCommand(DateTime ReceivedUk, string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } =
        new(ComplaintAction.CorrectReceivedDate, "Correct date received", StaffRoles.Managers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CaseText.Required(Reason, "The reason") };

    public override Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        CaseDates.RequireHappened(DateOnly.FromDateTime(ReceivedUk), change.Today, "The date received cannot be in the future.", "The date received");
        change.Case.CorrectReceivedDate(UkTime.ToUtc(ReceivedUk), Reason, change.By, change.Now, change.Calendar);
        return Task.CompletedTask;
    }
}
