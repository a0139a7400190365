namespace ComplaintsHub.Core.Domain;

public sealed class Subject : NamedSetupEntity
{
    private Subject() { }
    public Subject(string name) => Name = name;

    public Subject(string name, int serviceAreaId)
    {
        Name = name;
        ServiceAreaId = serviceAreaId;
    }

    public int ServiceAreaId { get; private set; }
}
