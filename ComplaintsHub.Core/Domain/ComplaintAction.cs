namespace ComplaintsHub.Core.Domain;

/// <summary>
/// What can be done to a case. The aggregate's transition table says in which states each is possible; each has one
/// command under Cases/Actions. The order is the order the case page offers them.
/// </summary>
public enum ComplaintAction
{
    Allocate,
    AssignStage,
    Acknowledge,
    Extend,
    RecordResponse,
    Close,
    Escalate,
    Resolve,
    ConvertToComplaint,
    Withdraw,
    Reopen,
    ReferToOmbudsman,
    RecordOmbudsmanDecision,
    RecordRemedyCompliance,
    AddNote,
    LogCall,
    RecordPartnerResponse,
    CorrectReceivedDate,
    RaiseRiskFlag,
    CompletePromisedAction,
    RedatePromisedAction,
    PlaceLegalHold,
    LiftLegalHold,
}
