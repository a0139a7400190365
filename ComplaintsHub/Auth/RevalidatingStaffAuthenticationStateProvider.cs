using System.Security.Claims;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Auth;

/// <summary>
/// A Blazor circuit can stay open all day. When the person signs out or their access is switched off on this server,
/// <see cref="SessionEndings"/> tells the circuit at once and it leaves; sessions ended on another server are found by
/// re-checking every interval. Either way, writes from the page are refused by the services as soon as the session ends.
/// </summary>
public sealed class RevalidatingStaffAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly StaffSessions _sessions;
    private readonly SessionEndings _endings;
    private readonly IOptions<SessionOptions> _options;

    public RevalidatingStaffAuthenticationStateProvider(ILoggerFactory loggerFactory, StaffSessions sessions, SessionEndings endings, IOptions<SessionOptions> options)
        : base(loggerFactory)
    {
        _sessions = sessions;
        _endings = endings;
        _options = options;
        _endings.Ended += OnSessionsEnded;
    }

    /// <summary>Set when this server was told the person's sessions ended, so the page can say why as it leaves.</summary>
    public SessionEndReason? EndedBecause { get; private set; }

    protected override TimeSpan RevalidationInterval => _options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        return user.StaffId() is { } staffId && await _sessions.IsLiveAsync(staffId, user.SessionIdOf(), cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _endings.Ended -= OnSessionsEnded;
        base.Dispose(disposing);
    }

    private void OnSessionsEnded(Guid staffUserId, SessionEndReason reason) => _ = SignOutIfAsync(staffUserId, reason);

    private async Task SignOutIfAsync(Guid staffUserId, SessionEndReason reason)
    {
        Task<AuthenticationState> current;
        try
        {
            current = GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            return; // a scope that never had a signed-in person (nothing to end)
        }

        if ((await current).User.StaffId() == staffUserId)
        {
            EndedBecause = reason;
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }
}
