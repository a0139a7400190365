using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// An email read from the shared mailbox, kept whole (its original .eml) with what people need to read it at a glance.
/// It is stored once per message in the mailbox (<see cref="Mailbox"/>, <see cref="UidValidity"/>, <see cref="Uid"/>),
/// then dealt with once: logged as a new contact, attached to an existing case, or dismissed with a reason.
/// </summary>
public sealed class InboxItem : VersionedEntity
{
    private InboxItem() { }

    public InboxItem(string mailbox, long uidValidity, long uid, string? messageId, string fromAddress, string fromName, string subject,
        DateTime sentAt, string textBody, byte[]? original, long originalSize, IEnumerable<InboxAttachment> attachments, DateTime storedAt)
    {
        Mailbox = mailbox;
        UidValidity = uidValidity;
        Uid = uid;
        MessageId = messageId;
        FromAddress = fromAddress;
        FromName = fromName;
        Subject = subject;
        SentAt = sentAt;
        TextBody = textBody;
        Original = original;
        OriginalSize = originalSize;
        Attachments = attachments.ToList();
        StoredAt = storedAt;
    }

    public long Id { get; private set; }
    /// <summary>The account and folder it was read from, e.g. complaints@council.gov.uk/INBOX.</summary>
    public string Mailbox { get; private set; } = "";
    /// <summary>With <see cref="Uid"/>, names the message in its folder for as long as the server keeps this UIDVALIDITY.</summary>
    public long UidValidity { get; private set; }
    public long Uid { get; private set; }
    /// <summary>The Message-ID header without angle brackets, when the message had one.</summary>
    public string? MessageId { get; private set; }
    public string FromAddress { get; private set; } = "";
    public string FromName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    /// <summary>The message's Date header (or when the server received it, when that is missing), UTC.</summary>
    public DateTime SentAt { get; private set; }
    /// <summary>The plain-text body, or the HTML body's text when there is no plain part.</summary>
    public string TextBody { get; private set; } = "";
    /// <summary>The message exactly as it came (.eml); null only when it was larger than the mailbox's limit.</summary>
    public byte[]? Original { get; private set; }
    public long OriginalSize { get; private set; }
    public List<InboxAttachment> Attachments { get; private set; } = [];
    public DateTime StoredAt { get; private set; }
    public InboxItemStatus Status { get; private set; } = InboxItemStatus.New;
    /// <summary>The case it became or was attached to.</summary>
    public int? ComplaintId { get; private set; }
    /// <summary>Set when the email becomes a new case, so that the case's id reaches this item in the same save.</summary>
    public Complaint? Case { get; private set; }
    public string? CaseReference { get; private set; }
    public string? DismissReason { get; private set; }
    public Guid? HandledById { get; private set; }
    public string? HandledByName { get; private set; }
    public DateTime? HandledAt { get; private set; }

    /// <summary>Kept with an existing case.</summary>
    public void AttachTo(int complaintId, string reference, Actor by, DateTime at)
    {
        EnsureNew();
        Status = InboxItemStatus.Attached;
        Handle(complaintId, reference, by, at);
    }

    /// <summary>Became the new contact <paramref name="complaint"/>, saved with it.</summary>
    public void MarkLogged(Complaint complaint, Actor by, DateTime at)
    {
        EnsureNew();
        Status = InboxItemStatus.Logged;
        Handle(null, complaint.Reference, by, at);
        Case = complaint;
    }

    public void Dismiss(string reason, Actor by, DateTime at)
    {
        EnsureNew();
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for dismissing this email: it is kept with it.");
        Status = InboxItemStatus.Dismissed;
        DismissReason = reason.Trim();
        Handle(null, null, by, at);
    }

    /// <summary>What happened to it, in the words the second person to try is told.</summary>
    public string HandledDescription => Status switch
    {
        InboxItemStatus.Logged => $"logged as {CaseReference}",
        InboxItemStatus.Attached => $"attached to {CaseReference}",
        InboxItemStatus.Dismissed => $"dismissed ({DismissReason})",
        _ => "waiting",
    };

    /// <summary>What the second person to try is told: who dealt with it, how and when; null while it is waiting.</summary>
    public string? AlreadyHandledMessage()
    {
        if (Status == InboxItemStatus.New) return null;
        var when = HandledAt is { } at ? $" at {UkTime.ToLocal(at):HH:mm} on {UkTime.ToLocal(at):d MMMM}" : "";
        return $"This email was already {HandledDescription} by {HandledByName}{when}. Nothing you entered has been saved.";
    }

    private void EnsureNew()
    {
        if (AlreadyHandledMessage() is { } handled) throw new ConcurrencyException(handled);
    }

    private void Handle(int? complaintId, string? reference, Actor by, DateTime at)
    {
        ComplaintId = complaintId;
        CaseReference = reference;
        HandledById = by.StaffUserId == Guid.Empty ? null : by.StaffUserId;
        HandledByName = by.Name;
        HandledAt = at;
    }
}
