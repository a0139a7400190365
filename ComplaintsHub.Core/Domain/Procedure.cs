using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A complaints procedure (corporate, housing, statutory social care, information rights): its stages,
/// timescales and Ombudsman are data an admin maintains, not code.
/// </summary>
public sealed class Procedure : VersionedEntity
{
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
    /// <summary>The Housing Ombudsman's code forbids an informal stage; other procedures may allow one.</summary>
    public bool AllowsInformalResolution { get; set; }
    public bool IsActive { get; set; } = true;
    public List<ProcedureStage> Stages { get; private set; } = [];

    public int StageCount => Stages.Count;

    public ProcedureStage Stage(int number) =>
        Stages.SingleOrDefault(s => s.StageNumber == number)
        ?? throw new DomainException($"The {Name} procedure has no Stage {number}.");
}

public sealed class ProcedureStage : VersionedEntity
{
    private ProcedureStage() { }

    public ProcedureStage(int stageNumber) => StageNumber = stageNumber;

    public int Id { get; private set; }
    public int ProcedureId { get; private set; }
    public int StageNumber { get; private set; }
    public int AcknowledgeWorkingDays { get; set; }
    /// <summary>Null where the response date is agreed with the complainant (adult social care).</summary>
    public int? ResponseWorkingDays { get; set; }
    public ClockStart ResponseClockStart { get; set; } = ClockStart.Acknowledgement;
    /// <summary>Total working days the response may be extended by; 0 means no extension is allowed.</summary>
    public int MaxExtensionWorkingDays { get; set; }
    /// <summary>How long after this stage's response the complainant may escalate; null on the last stage.</summary>
    public int? EscalationWindow { get; set; }
    public EscalationWindowUnit EscalationWindowUnit { get; set; } = EscalationWindowUnit.CalendarDays;

    public bool ResponseDateAgreedWithComplainant => ResponseWorkingDays is null;
}
