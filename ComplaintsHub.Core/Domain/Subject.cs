namespace ComplaintsHub.Core.Domain;

public sealed class Subject : SetupEntity
{
    private Subject() { }
    public Subject(string name) => Name = name;

    public Subject(string name, int serviceAreaId)
    {
        Name = name;
        ServiceAreaId = serviceAreaId;
    }

    public int Id { get; private set; }
    public int ServiceAreaId { get; private set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
