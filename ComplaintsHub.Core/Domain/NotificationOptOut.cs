namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A kind of email one member of staff has turned off. Everyone gets every kind until they turn it off, so a row is
/// written only for a "no", and turning the kind back on deletes it.
/// </summary>
public sealed class NotificationOptOut
{
    private NotificationOptOut() { }

    public NotificationOptOut(Guid staffUserId, EmailKind kind, DateTime at)
    {
        StaffUserId = staffUserId;
        Kind = kind;
        CreatedAt = at;
    }

    public Guid StaffUserId { get; private set; }
    public EmailKind Kind { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
