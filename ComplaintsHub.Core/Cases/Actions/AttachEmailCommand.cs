using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Keeps an email from the shared mailbox with the case: the inbox item is marked Attached and the timeline says so, in
/// one save. Not an action of the case page's own (it starts from the inbox); it is kept like a note, so whoever may add
/// a note to the case may attach an email to it.
/// </summary>
/// <param name="ItemVersion">The inbox item as the person (or the intake) last saw it.</param>
public sealed record AttachEmailCommand(long InboxItemId, Guid ItemVersion) : CaseCommand
{
    public override CaseActionDefinition Action => AddNoteCommand.Definition;

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var item = await change.Db.InboxItems.SingleOrDefaultAsync(i => i.Id == InboxItemId, cancellationToken)
            ?? throw new DomainException("That email is no longer in the inbox.");
        // An email already dealt with says by whom and how (AttachTo refuses it); otherwise the version must be the one seen.
        if (item.Status == InboxItemStatus.New && item.Version != ItemVersion) throw new ConcurrencyException(StaleChange.Message("This email", null, null));
        item.AttachTo(change.Case.Id, change.Case.Reference, change.By, change.Now);
        // Checked again by the save, so two people attaching at once cannot both succeed.
        change.Db.Entry(item).Property(i => i.Version).OriginalValue = ItemVersion;
        change.Case.RecordEmailReceived(item.FromAddress, item.Subject, change.By, change.Now);
    }
}
