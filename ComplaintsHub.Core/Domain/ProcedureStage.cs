namespace ComplaintsHub.Core.Domain;

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
