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
    /// <summary>The case was brought in from the council's old list: the file, the row and the reference it had there.</summary>
    Imported,
    /// <summary>An email about the case that failed, bounced or was interrupted was sent again by a person.</summary>
    EmailResent,
    /// <summary>An email from the shared mailbox was kept with the case: who sent it and its subject.</summary>
    EmailReceived,
    /// <summary>A risk flag was raised on the case or its complainant: the kind, its detail and the reason.</summary>
    RiskFlagRaised,
    /// <summary>A risk flag was removed: the kind and the reason; the flag itself is kept.</summary>
    RiskFlagRemoved,
    /// <summary>A document was kept with the case: its name and size.</summary>
    DocumentAdded,
    /// <summary>A document's content was removed, with who and why; the line that it was added stays.</summary>
    DocumentRemoved,
    /// <summary>Something a response promised was done: what, and the note saying how.</summary>
    PromisedActionCompleted,
    /// <summary>Something a response promised was given a new date: from, to and why.</summary>
    PromisedActionRedated,
    /// <summary>The file is kept past its retention period, and why.</summary>
    LegalHoldPlaced,
    LegalHoldLifted,
    /// <summary>The case's text and its complainant's details were removed; the line says under which rule.</summary>
    Anonymised,
}
