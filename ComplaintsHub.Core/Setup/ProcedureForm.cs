using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>A procedure and its stages as the procedures page edits them, with the version the person saw.</summary>
public sealed class ProcedureForm
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public Guid Version { get; set; }
    public string Name { get; set; } = "";
    public string Ombudsman { get; set; } = "";
    public string? OmbudsmanWebsite { get; set; }
    public int OmbudsmanTimeLimitMonths { get; set; }
    public int RetentionYears { get; set; }
    public bool AllowsInformalResolution { get; set; }
    public List<ProcedureStageForm> Stages { get; set; } = [];
    public string? UpdatedByName { get; set; }
    public DateTime? UpdatedAt { get; set; }

    public bool IsHousing => Procedure.IsHousingCode(Code);

    public static ProcedureForm From(Procedure procedure) => new()
    {
        Id = procedure.Id,
        Code = procedure.Code,
        Version = procedure.Version,
        Name = procedure.Name,
        Ombudsman = procedure.Ombudsman,
        OmbudsmanWebsite = procedure.OmbudsmanWebsite,
        OmbudsmanTimeLimitMonths = procedure.OmbudsmanTimeLimitMonths,
        RetentionYears = procedure.RetentionYears,
        AllowsInformalResolution = procedure.AllowsInformalResolution,
        Stages = procedure.Stages.OrderBy(s => s.StageNumber).Select(ProcedureStageForm.From).ToList(),
        UpdatedByName = procedure.UpdatedByName,
        UpdatedAt = procedure.UpdatedAt,
    };
}
