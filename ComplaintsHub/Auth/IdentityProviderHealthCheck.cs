using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintsHub.Auth;

/// <summary>
/// Degraded, not unhealthy, when Entra cannot be reached: staff already signed in carry on working, and another instance
/// would fare no better, so a load balancer should keep sending traffic here.
/// </summary>
internal sealed class IdentityProviderHealthCheck(IdentityProviderAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var problem = await availability.ProblemAsync(timeout.Token);
        if (problem is null) return HealthCheckResult.Healthy("Entra sign-in metadata readable.");
        availability.LogUnavailable(problem);
        return HealthCheckResult.Degraded($"Sign-in unavailable: cannot read {availability.MetadataAddress} (AzureAd:Instance, AzureAd:TenantId).", problem);
    }
}
