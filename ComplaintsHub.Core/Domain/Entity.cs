namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Anything a person can edit carries an app-managed concurrency token. SQLite has no rowversion,
/// so the context issues a new <see cref="Version"/> on every update and EF checks the old one.
/// </summary>
public abstract class VersionedEntity
{
    public Guid Version { get; internal set; } = Guid.NewGuid();
}

/// <summary>Who did something. Passed in, never read from ambient state.</summary>
public sealed record Actor(Guid StaffUserId, string Name)
{
    public static Actor System { get; } = new(Guid.Empty, "ComplaintsHub");
}

/// <summary>
/// Something a person tried was refused, and the message is written for them: pages show it where they are looking.
/// Anything else that goes wrong is a fault, not a refusal.
/// </summary>
public abstract class RefusalException(string message) : Exception(message);

/// <summary>A rule was broken.</summary>
public sealed class DomainException(string message) : RefusalException(message);
