namespace ComplaintsHub.Core.Domain;

public sealed class ServiceArea : SetupEntity
{
    private ServiceArea() { }

    public ServiceArea(string name, string code, int defaultProcedureId)
    {
        Name = name;
        Code = code;
        DefaultProcedureId = defaultProcedureId;
    }

    public int Id { get; private set; }
    public string Name { get; set; } = "";
    /// <summary>Short code used in lists and exports, e.g. HSG.</summary>
    public string Code { get; set; } = "";
    /// <summary>The procedure a new case in this area follows unless the officer overrides it.</summary>
    public int DefaultProcedureId { get; set; }
    public Procedure? DefaultProcedure { get; private set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The shared-service partner that delivers this service, if any: new cases start waiting on it.</summary>
    /// <summary>
    /// A <see cref="SharedServicePartner"/>'s id. Deliberately no foreign key: adding one on SQLite rebuilds this table,
    /// which every case references; partners are never deleted, and the set-up service checks the id.
    /// </summary>
    public int? PartnerId { get; set; }
    public List<Subject> Subjects { get; private set; } = [];
}
