using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Issues a draft as the letter written: the letter is kept with the case, the timeline names the template revision,
/// and an acknowledgement or a response letter takes that action on the case through its own command
/// (<paramref name="Answers"/>), so a letter is refused, allowed and applied exactly as the case page's action would be.
/// </summary>
/// <param name="Answers">The case action the letter takes, or null for a letter that only informs (an extension notice, escalation information).</param>
/// <param name="Letter">The letter as issued, its Word document made before the case is read so that the save holds the case only briefly.</param>
/// <param name="Email">The letter's covering email, queued in the same save as the letter, or null when it is not emailed.</param>
public sealed record IssueLetterCommand(int DraftId, Guid DraftVersion, string Text, CaseCommand? Answers, IssuedLetter Letter, OutboxEmail? Email = null) : CaseCommand
{
    /// <summary>The action the letter takes; a letter that only informs is kept like a note, and may be sent by whoever may add one.</summary>
    public override CaseActionDefinition Action => Answers?.Action ?? AddNoteCommand.Definition;

    public override CaseCommand Checked() => this with { Answers = Answers?.Checked() };

    public override string? RoleRefusal(CurrentStaff staff, Complaint complaint) => Action.RoleRefusal(staff, complaint);

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var draft = await change.Db.LetterDrafts.SingleOrDefaultAsync(d => d.Id == DraftId && d.ComplaintId == change.Case.Id, cancellationToken)
            ?? throw new DomainException("That draft has already been issued or discarded.");
        if (draft.Version != DraftVersion) throw new ConcurrencyException(LetterService.StaleDraft);
        draft.Edit(Text, change.Now);
        if (Answers is not null) await Answers.ApplyAsync(change, cancellationToken);

        change.Db.IssuedLetters.Add(Letter);
        if (Email is not null) change.Db.OutboxEmails.Add(Email);
        var emailed = Email is null ? "" : $", emailed to {Email.ToAddress} with the PDF attached";
        change.Case.RecordLetterIssued($"{LetterTemplateValidator.Describe(draft.Type).Capitalised()} issued to {Letter.AddressedTo}{(Letter.LargePrint ? " in large print" : "")}{emailed} (template revision {draft.TemplateRevision}).",
            change.By, change.Now);
        change.Db.LetterDrafts.Remove(draft);
    }
}
