namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A set-up item that is only a name (a subject, a category, a shared-service partner): renamed in place so its cases
/// follow, and switched off rather than deleted.
/// </summary>
public abstract class NamedSetupEntity : SetupEntity
{
    public int Id { get; private set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
