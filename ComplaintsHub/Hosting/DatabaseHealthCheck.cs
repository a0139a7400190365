using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintsHub.Hosting;

/// <summary>Healthy when the database answers a query; the load balancer and monitoring use /health.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<ComplaintsDbContext> dbFactory, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{settings.Provider} database reachable.")
                : HealthCheckResult.Unhealthy($"{settings.Provider} database not reachable.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{settings.Provider} database not reachable.", ex);
        }
    }
}
