using System.Security.Claims;
using ComplaintsHub.Core.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Auth;

/// <summary>
/// A Blazor circuit can stay open all day. This re-checks the person's staff record every interval so that
/// switching someone's access off takes effect in minutes, without restarting the server.
/// </summary>
public sealed class RevalidatingStaffAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<SessionOptions> options) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.StaffId() is not { } staffId) return false;
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffDirectory>().IsActiveAsync(staffId, cancellationToken);
    }
}
