namespace ComplaintsHub.Core.Domain;

public enum TimelineEventType
{
    Logged,
    Acknowledged,
    Allocated,
    Reallocated,
    Extended,
    ResponseSent,
    Closed,
    Withdrawn,
    Escalated,
    ReferredToOmbudsman,
    OmbudsmanDecision,
    RemedyComplied,
    Resolved,
    Stage2Assigned,
    NoteAdded,
    CallLogged,
    PartnerResponded,
    Reopened,
    DateCorrected,
    Converted,
    LetterIssued,
    CalendarChanged,
    StaffChanged,
    /// <summary>The council's set-up changed (council details, procedures, service areas and the like): what, from what, to what.</summary>
    SetupChanged,
}
