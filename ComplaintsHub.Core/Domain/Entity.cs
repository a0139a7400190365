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

