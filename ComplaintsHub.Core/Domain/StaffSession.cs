namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A signed-in browser. The cookie carries only <see cref="Id"/>; the sign-in ticket itself is kept here, so that
/// signing out or switching someone's access off can end every one of their sessions by deleting rows, and a copied
/// cookie is worth nothing once its row has gone.
/// </summary>
public sealed class StaffSession
{
    private StaffSession() { }

    public StaffSession(Guid id, Guid staffUserId, byte[] ticket, DateTime startedAt, DateTime expiresAt)
    {
        Id = id;
        StaffUserId = staffUserId;
        Ticket = ticket;
        StartedAt = startedAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The session key.</summary>
    public Guid Id { get; private set; }
    public Guid StaffUserId { get; private set; }
    /// <summary>The serialised authentication ticket, opaque to Core.</summary>
    public byte[] Ticket { get; private set; } = [];
    public DateTime StartedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
}
