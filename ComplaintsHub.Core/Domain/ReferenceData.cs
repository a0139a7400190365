namespace ComplaintsHub.Core.Domain;

public sealed class ServiceArea : VersionedEntity
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
    public string? SharedServicePartner { get; set; }
    public List<Subject> Subjects { get; private set; } = [];
}

public sealed class Subject : VersionedEntity
{
    private Subject() { }
    public Subject(string name) => Name = name;

    public int Id { get; private set; }
    public int ServiceAreaId { get; private set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
}

/// <summary>What kind of failing the complaint is about (delay, staff conduct, …): the same list in every service area.</summary>
public sealed class Category : VersionedEntity
{
    private Category() { }
    public Category(string name) => Name = name;

    public int Id { get; private set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
}

public sealed class Team : VersionedEntity
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
}
