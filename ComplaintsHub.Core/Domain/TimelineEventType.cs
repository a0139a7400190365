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
}
