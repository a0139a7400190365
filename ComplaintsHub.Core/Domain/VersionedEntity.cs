namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Anything a person can edit carries an app-managed concurrency token. SQLite has no rowversion,
/// so the context issues a new <see cref="Version"/> on every update and EF checks the old one.
/// </summary>
public abstract class VersionedEntity
{
    public Guid Version { get; internal set; } = Guid.NewGuid();
}
