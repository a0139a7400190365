using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Sends again an email about the case that failed, bounced or was interrupted mid-send (which the outbox never repeats
/// by itself). A letter goes to the address recorded now, so correcting the complainant's email and sending again is how a
/// bounced letter is put right. Whoever may add a note to the case may do this.
/// </summary>
public sealed record SendEmailAgainCommand(long EmailId) : CaseCommand
{
    public override CaseActionDefinition Action => AddNoteCommand.Definition;

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var email = await change.Db.OutboxEmails.SingleOrDefaultAsync(e => e.Id == EmailId && e.ComplaintId == change.Case.Id, cancellationToken)
            ?? throw new DomainException("That email is not one of this case's.");
        LetterEmailRecipient? to = null;
        if (email.Kind == EmailKind.Letter)
        {
            var person = await change.Db.Complainants.SingleOrDefaultAsync(p => p.Id == change.Case.ComplainantId, cancellationToken);
            var (recipient, whyNot) = person?.LetterEmail() ?? (null, "There is no complainant recorded on this case to email.");
            to = recipient ?? throw new DomainException($"{whyNot} Record their email address first, or post the letter.");
        }

        var again = email.SendAgain(to, change.Now);
        change.Db.OutboxEmails.Add(again);
        change.Case.RecordEmailResent($"{email.Kind.Describe()} email sent again to {again.ToAddress} (the first was {email.Status.Describe().ToLowerInvariant()}).", change.By, change.Now);
    }
}
