using System.Security.Claims;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplaintsHub.Auth;

/// <summary>
/// The cookie handler's session store: the cookie carries only a session key and the ticket is kept by
/// <see cref="StaffSessions"/> in the database, so ending a session there ends it for every copy of the cookie.
/// The session key is also written into the ticket as <see cref="StaffClaims.SessionId"/>, so that an open page knows
/// which session it belongs to and its writes can be refused once that session has ended.
/// </summary>
public sealed class DatabaseTicketStore(StaffSessions sessions, TimeProvider clock) : ITicketStore
{
    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var staffId = ticket.Principal.StaffId()
            ?? throw new InvalidOperationException("A sign-in without a staff record cannot start a session.");
        var key = await sessions.StartAsync(staffId, id => Serialise(ticket, id), ExpiresAt(ticket), cancellationToken);
        return key.ToString("N");
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id)) return;
        // A ticket with no staff id cannot renew anyone's session: Guid.Empty matches no row, so the session ends.
        await sessions.RenewAsync(id, ticket.Principal.StaffId() ?? Guid.Empty, Serialise(ticket, id), ExpiresAt(ticket), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id)) return null;
        return await sessions.FindAsync(id, cancellationToken) is { } bytes ? TicketSerializer.Default.Deserialize(bytes) : null;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        if (Guid.TryParseExact(key, "N", out var id)) await sessions.EndAsync(id, cancellationToken);
    }

    private DateTime ExpiresAt(AuthenticationTicket ticket) =>
        (ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().Add(AuthenticationSetup.SessionLifetime)).UtcDateTime;

    private static byte[] Serialise(AuthenticationTicket ticket, Guid key)
    {
        var identity = ticket.Principal.Identities.First();
        foreach (var stale in identity.FindAll(StaffClaims.SessionId).ToList()) identity.RemoveClaim(stale);
        identity.AddClaim(new Claim(StaffClaims.SessionId, key.ToString("N")));
        return TicketSerializer.Default.Serialize(ticket);
    }
}
