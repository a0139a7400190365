using ComplaintsHub.Core.Email;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// Another app instance's Core services over an existing test database, with its own email settings: what a second
/// server behind the council's load balancer would be, sharing the database and nothing else.
/// </summary>
public sealed class AppInstance(TestDatabase database, EmailOptions email) : IAsyncDisposable
{
    private readonly ServiceProvider _services = database.AnotherInstance(email);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
