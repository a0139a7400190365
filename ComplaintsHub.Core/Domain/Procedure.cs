using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A complaints procedure (corporate, housing, statutory social care, information rights): its stages,
/// timescales and Ombudsman are data an admin maintains, not code.
/// </summary>
public sealed class Procedure : VersionedEntity
{
    /// <summary>The Housing Ombudsman's procedure: its code forbids an informal stage.</summary>
    public const string HousingCode = "Housing";

    /// <summary>A statutory procedure has at most three stages (children's social care).</summary>
    public const int MaxStages = 3;

    private Procedure() { }

    public Procedure(string code, string name, string ombudsman)
    {
        Code = code;
        Name = name;
        Ombudsman = ombudsman;
    }

    public int Id { get; private set; }
    /// <summary>Stable key used by templates and configuration (e.g. <c>Housing</c>).</summary>
    public string Code { get; private set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The body a complainant goes to after the last stage, e.g. "Housing Ombudsman Service".</summary>
    public string Ombudsman { get; set; } = "";
    public string? OmbudsmanWebsite { get; set; }
    /// <summary>Months from becoming aware of the matter within which the Ombudsman will usually consider it.</summary>
    public int OmbudsmanTimeLimitMonths { get; set; } = 12;
    /// <summary>
    /// Whole years after a case closes that its file is kept with the complainant's details; after that the records
    /// job anonymises it (six years is the common council schedule, from the Limitation Act's six years for a claim).
    /// </summary>
    public int RetentionYears { get; set; } = DefaultRetentionYears;
    public const int DefaultRetentionYears = 6;
    /// <summary>The Housing Ombudsman's code forbids an informal stage; other procedures may allow one.</summary>
    public bool AllowsInformalResolution { get; set; }
    public bool IsActive { get; set; } = true;
    public List<ProcedureStage> Stages { get; private set; } = [];
    /// <summary>Who last changed the settings on the procedures page, and when: named in the "changed by someone else" message.</summary>
    public string? UpdatedByName { get; private set; }
    public DateTime? UpdatedAt { get; private set; }

    public bool IsHousing => IsHousingCode(Code);

    /// <summary>The one test for the housing procedure, for a form that holds only the code.</summary>
    public static bool IsHousingCode(string code) => code == HousingCode;

    public int StageCount => Stages.Count;

    public void RecordChange(Actor by, DateTime at)
    {
        UpdatedByName = by.Name;
        UpdatedAt = at;
    }

    public ProcedureStage Stage(int number) =>
        Stages.SingleOrDefault(s => s.StageNumber == number)
        ?? throw new DomainException($"The {Name} procedure has no Stage {number}.");
}
