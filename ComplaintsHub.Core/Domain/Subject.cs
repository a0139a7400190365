namespace ComplaintsHub.Core.Domain;

public sealed class Subject : VersionedEntity
{
    private Subject() { }
    public Subject(string name) => Name = name;

    public int Id { get; private set; }
    public int ServiceAreaId { get; private set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
