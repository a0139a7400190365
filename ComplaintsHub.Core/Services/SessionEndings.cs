namespace ComplaintsHub.Core.Services;

/// <summary>
/// Tells this server's open pages, the moment it happens, that a person's sessions have ended. Pages open on other
/// servers find out at their next revalidation; until then their writes are refused by <see cref="StaffSessions"/>.
/// </summary>
public sealed class SessionEndings
{
    /// <summary>Raised with the staff id whose sessions all ended. Handlers run on the ending request's thread, so must return quickly and never throw.</summary>
    public event Action<Guid, SessionEndReason>? Ended;

    internal void Announce(Guid staffUserId, SessionEndReason reason) => Ended?.Invoke(staffUserId, reason);
}
