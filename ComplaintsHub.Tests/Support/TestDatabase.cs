using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Email;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// A real, migrated, empty database of either provider, with the Core services wired as the app wires them.
/// SQLite gets a temporary file; PostgreSQL a fresh database on the server named by
/// <see cref="PostgresDataAttribute.EnvironmentVariable"/>, dropped afterwards. Each is a copy of one database migrated
/// once per test run (<see cref="MigratedTemplate"/>), then migrated again through the app's own start-up path (which
/// finds nothing left to apply), because applying every migration for each of hundreds of tests took minutes of CI.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Func<Task> _cleanUp;

    private readonly Action<EmailOptions>? _email;
    private readonly Core.Inbox.InboxOptions? _inbox;

    private TestDatabase(ServiceProvider services, DatabaseSettings settings, FakeTimeProvider clock, Func<Task> cleanUp, Action<EmailOptions>? email, Core.Inbox.InboxOptions? inbox)
    {
        _services = services;
        _email = email;
        _inbox = inbox;
        Settings = settings;
        Clock = clock;
        _cleanUp = cleanUp;
    }

    public DatabaseSettings Settings { get; }
    public FakeTimeProvider Clock { get; }
    public IDbContextFactory<ComplaintsDbContext> Factory => _services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Everyone on the staff list by display name, as signed in with their roles.</summary>
    public async Task<Dictionary<string, Core.Domain.CurrentStaff>> StaffByNameAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return (await db.StaffUsers.Include(s => s.Roles).ToListAsync())
            .ToDictionary(s => s.DisplayName, s => new Core.Domain.CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
    }

    /// <summary>Applies a case action through the one write path, against the case's current version.</summary>
    public async Task ApplyAsync(int caseId, Core.Cases.CaseCommand command, Core.Domain.CurrentStaff by)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var version = await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        await Get<Core.Cases.CaseActions>().ApplyAsync(caseId, version, command, by);
    }

    /// <summary>
    /// A database whose clock stands at <paramref name="now"/>, or at <see cref="TestToday.Now"/> when none is given. Email is
    /// switched off, as in the app with no mail server, unless <paramref name="email"/> sets it (e.g. <see cref="EmailSwitchedOn"/>).
    /// </summary>
    /// <param name="inbox">The shared mailbox to read (see <see cref="TestMailbox"/>); switched off when null, as in a fresh install.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, DateTimeOffset? now = null, Action<EmailOptions>? email = null,
        Core.Inbox.InboxOptions? inbox = null)
    {
        var clock = new FakeTimeProvider(now ?? TestToday.Now);
        DatabaseSettings settings;
        Func<Task> cleanUp;
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), "complaintshub-tests", $"{Guid.NewGuid():N}.db");
            File.Copy(await MigratedTemplate.SqliteFileAsync(), path);
            settings = DatabaseSettings.Create("Sqlite", $"Data Source={path}", Path.GetTempPath());
            cleanUp = () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
                return Task.CompletedTask;
            };
        }
        else
        {
            var server = PostgresDataAttribute.ConnectionString
                ?? throw new InvalidOperationException($"Set {PostgresDataAttribute.EnvironmentVariable} to a PostgreSQL connection string (a user that may create databases) to run the PostgreSQL data tests.");
            var name = $"ch_test_{Guid.NewGuid():N}";
            await MigratedTemplate.CreatePostgresDatabaseAsync(server, name);
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
            settings = DatabaseSettings.Create("PostgreSQL", builder.ConnectionString, Path.GetTempPath());
            cleanUp = async () =>
            {
                await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            };
        }

        var services = Services(settings, clock, email, inbox);
        var database = new TestDatabase(services, settings, clock, cleanUp, email, inbox);
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await services.GetRequiredService<Core.Letters.LetterService>().EnsureDefaultTemplatesAsync();
        await services.GetRequiredService<Core.Letters.LetterService>().EnsureCouncilDetailsAsync();
        return database;
    }

    /// <summary>A mail server (that is never contacted: the tests read the outbox) and the address emails link to.</summary>
    public static void EmailSwitchedOn(EmailOptions options)
    {
        options.SmtpHost = "smtp.ashbury.invalid";
        options.FromAddress = "complaints@ashbury.gov.uk";
        options.AppBaseUrl = "https://complaints.ashbury.gov.uk";
        options.ReminderHour = 8;
    }

    /// <summary>
    /// The Core services of a second app instance over the same database and clock, as when two servers share one database.
    /// The caller disposes it.
    /// </summary>
    /// <param name="email">That instance's own mail settings, when they differ from this one's (a changed password, another server).</param>
    public ServiceProvider AnotherInstance(EmailOptions? email = null) =>
        Services(Settings, Clock, email is null ? _email : o => CopyInto(email, o), _inbox);

    private static void CopyInto(EmailOptions from, EmailOptions to)
    {
        foreach (var property in typeof(EmailOptions).GetProperties().Where(p => p.CanWrite)) property.SetValue(to, property.GetValue(from));
    }

    private static ServiceProvider Services(DatabaseSettings settings, FakeTimeProvider clock, Action<EmailOptions>? email, Core.Inbox.InboxOptions? inbox)
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(clock)
            .AddComplaintsDatabase(settings)
            .AddComplaintsHubCore()
            .AddSingleton(new Core.Letters.CouncilDetails("Ashbury District Council", "Council Offices, Market Square, Ashbury AB1 1AA", "Complaints Manager", "Reply quoting your reference.",
                ComplaintsEmail: "complaints@ashbury.gov.uk", ComplaintsPhone: "01632 960000"))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(inbox ?? new Core.Inbox.InboxOptions()));
        if (email is not null) services.Configure(email);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cleanUp();
    }
}
