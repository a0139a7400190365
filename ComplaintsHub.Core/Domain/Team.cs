namespace ComplaintsHub.Core.Domain;

public sealed class Team : SetupEntity
{
    private Team() { }

    public Team(string name, int serviceAreaId)
    {
        Name = name;
        ServiceAreaId = serviceAreaId;
    }

    public int Id { get; private set; }
    public string Name { get; set; } = "";
    public int ServiceAreaId { get; set; }
    public ServiceArea? ServiceArea { get; private set; }
    /// <summary>A <see cref="StaffUser"/>'s id, with no foreign key for the same reason as <see cref="ServiceArea.PartnerId"/>: staff are never deleted.</summary>
    public Guid? TeamLeaderId { get; set; }
    public bool IsActive { get; set; } = true;
}
