using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// An email waiting to be sent, or the record of one sent. It is written in the same transaction as the change that
/// causes it, so the email goes if and only if the change was saved; a background sender then delivers it
/// (<c>ComplaintsHub.Core.Email.OutboxSender</c>). The body never carries complainant details beyond the case
/// reference and subject, except a letter to the complainant themselves.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail() { }

    public OutboxEmail(EmailKind kind, string toAddress, string toName, string subject, string textBody, string? htmlBody, DateTime createdAt,
        int? complaintId = null, Guid? recipientStaffId = null, string? dedupeKey = null, int? issuedLetterId = null)
    {
        Kind = kind;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        ComplaintId = complaintId;
        RecipientStaffId = recipientStaffId;
        DedupeKey = dedupeKey;
        IssuedLetterId = issuedLetterId;
        // Fixed when written, so every attempt (and any bounce that quotes it) carries the same identity.
        MessageId = $"{Guid.NewGuid():N}@complaintshub";
    }

    public long Id { get; private set; }
    public EmailKind Kind { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string? HtmlBody { get; private set; }
    /// <summary>The case it is about, if any: the case page lists the emails sent about it.</summary>
    public int? ComplaintId { get; private set; }
    public Guid? RecipientStaffId { get; private set; }
    /// <summary>A letter sent by email carries that letter's PDF.</summary>
    public int? IssuedLetterId { get; private set; }
    public IssuedLetter? IssuedLetter { get; private set; }
    /// <summary>
    /// Unique where set: a reminder's key names the case, the deadline and the person, so however many times (or on however
    /// many instances) the reminder run goes, the database holds one such email.
    /// </summary>
    public string? DedupeKey { get; private set; }
    /// <summary>The Message-ID header, without angle brackets.</summary>
    public string MessageId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public EmailStatus Status { get; private set; } = EmailStatus.Pending;
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    /// <summary>Which app instance holds it while <see cref="EmailStatus.Sending"/>, and until when.</summary>
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }
    /// <summary>What the mail server (or the bounce) said last, word for word.</summary>
    public string? LastReply { get; private set; }
    public DateTime? SentAt { get; private set; }
    /// <summary>Someone sent it again after it failed: it is not offered for sending again a second time.</summary>
    public bool Resent { get; private set; }
    public DateTime? FailedAt { get; private set; }

    /// <summary>Carries <paramref name="letter"/>'s PDF: set before the letter is saved, so both are written together.</summary>
    public void Attach(IssuedLetter letter) => IssuedLetter = letter;

    public void RecordSent(string reply, DateTime at)
    {
        Status = EmailStatus.Sent;
        Attempts++;
        LastReply = reply;
        SentAt = at;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>A refusal: tried again at <paramref name="retryAt"/>, or failed for good when that is null.</summary>
    public void RecordRefused(string reply, DateTime at, DateTime? retryAt)
    {
        Attempts++;
        LastReply = reply;
        ClaimedBy = null;
        ClaimedUntil = null;
        if (retryAt is { } next)
        {
            Status = EmailStatus.Pending;
            NextAttemptAt = next;
        }
        else
        {
            Status = EmailStatus.Failed;
            FailedAt = at;
        }
    }

    /// <summary>
    /// The instance sending it stopped before recording the server's answer, so the email may or may not have gone. It is
    /// not sent again by itself: sending twice is worse than asking a person to check.
    /// </summary>
    public void RecordInterrupted(string reason, DateTime at)
    {
        Status = EmailStatus.Failed;
        LastReply = reason;
        FailedAt = at;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>
    /// A new email with the same content, for a person sending again one that failed, bounced or was interrupted; to
    /// <paramref name="to"/> when the address has been corrected since (a letter goes to the complainant's address as
    /// recorded now). It is a new message with its own Message-ID and no reminder key.
    /// </summary>
    public OutboxEmail SendAgain(LetterEmailRecipient? to, DateTime at)
    {
        if (Status is not (EmailStatus.Failed or EmailStatus.Bounced)) throw new DomainException(Status == EmailStatus.Sent
            ? "That email was sent, so it is not sent again."
            : "That email is still being sent: it can be sent again only if it fails.");
        if (Resent) throw new DomainException("That email has already been sent again.");
        Resent = true;
        return new OutboxEmail(Kind, to?.Address ?? ToAddress, to?.Name ?? ToName, Subject, TextBody, HtmlBody, at, ComplaintId, RecipientStaffId, issuedLetterId: IssuedLetterId);
    }

    public void RecordBounce(string reason, DateTime at)
    {
        Status = EmailStatus.Bounced;
        LastReply = reason;
        FailedAt = at;
    }
}
