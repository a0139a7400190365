using System.Reflection;
using ComplaintsHub.Core.Data;
using Xunit.Sdk;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// Adds a PostgreSQL row to a data theory. Without a server configured the row is skipped on a developer's
/// machine, but in CI (CI=true) it always runs, so a missing server fails the build instead of hiding.
/// </summary>
public sealed class PostgresDataAttribute : DataAttribute
{
    public const string EnvironmentVariable = "COMPLAINTSHUB_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public PostgresDataAttribute()
    {
        if (ConnectionString is null && !RunningInCi)
        {
            Skip = $"No PostgreSQL server: set {EnvironmentVariable} (CI always sets it; .ci/run starts a local server).";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.PostgreSQL]];
}
