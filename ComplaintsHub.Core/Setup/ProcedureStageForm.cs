using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>One stage's timescales as the procedures page edits them.</summary>
public sealed class ProcedureStageForm
{
    public int StageNumber { get; set; }
    public int AcknowledgeWorkingDays { get; set; }
    /// <summary>Null: the response date is agreed with the complainant when the stage is acknowledged.</summary>
    public int? ResponseWorkingDays { get; set; }
    public ClockStart ResponseClockStart { get; set; }
    public int MaxExtensionWorkingDays { get; set; }
    /// <summary>Null on the last stage, which goes to the Ombudsman instead.</summary>
    public int? EscalationWindow { get; set; }
    public EscalationWindowUnit EscalationWindowUnit { get; set; }

    public static ProcedureStageForm From(ProcedureStage stage) => new()
    {
        StageNumber = stage.StageNumber,
        AcknowledgeWorkingDays = stage.AcknowledgeWorkingDays,
        ResponseWorkingDays = stage.ResponseWorkingDays,
        ResponseClockStart = stage.ResponseClockStart,
        MaxExtensionWorkingDays = stage.MaxExtensionWorkingDays,
        EscalationWindow = stage.EscalationWindow,
        EscalationWindowUnit = stage.EscalationWindowUnit,
    };
}
