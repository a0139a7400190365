using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// Another app instance's Core services over an existing test database, with its own email settings: what a second
/// server behind the council's load balancer would be, sharing the database and nothing else.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public AppInstance(TestDatabase database, EmailOptions email, FakeTimeProvider? clock = null)
    {
        _services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(clock ?? database.Clock)
            .AddComplaintsDatabase(database.Settings)
            .AddComplaintsHubCore()
            .AddSingleton<IOptions<EmailOptions>>(Options.Create(email))
            .AddSingleton(database.Get<Core.Letters.CouncilDetails>())
            .BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
