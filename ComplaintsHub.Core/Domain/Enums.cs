namespace ComplaintsHub.Core.Domain;

/// <summary>Entra app role values. The names are the values configured on the app registration.</summary>
public enum StaffRole
{
    Officer,
    TeamLeader,
    HeadOfService,
    ComplaintsAdmin,
    PortfolioHolder,
}

/// <summary>What kind of contact was logged. Only <see cref="Complaint"/> runs the complaints procedure.</summary>
public enum ContactClassification
{
    Complaint,
    ServiceRequest,
    GeneralEnquiry,
    Compliment,
    Comment,
    MemberEnquiry,
}

public enum Channel
{
    Phone,
    Email,
    Letter,
    WebForm,
    InPerson,
    CouncillorOrMp,
    SocialMedia,
}

public enum PreferredContactMethod
{
    Phone,
    Email,
    Letter,
}

/// <summary>Where a case is in its current stage.</summary>
public enum CaseStatus
{
    /// <summary>Logged, not yet acknowledged.</summary>
    Received,
    /// <summary>Acknowledged and under investigation.</summary>
    Acknowledged,
    /// <summary>The stage's response has been sent; the escalation window may be open.</summary>
    Responded,
    /// <summary>An Ombudsman enquiry is open.</summary>
    WithOmbudsman,
    Closed,
    Withdrawn,
}

public enum Outcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
    ResolvedInformally,
    Withdrawn,
    /// <summary>For contacts that are not complaints (service requests, enquiries…) once dealt with.</summary>
    Resolved,
}

/// <summary>When a stage's response clock starts. Councils differ (some count Stage 1 from receipt).</summary>
public enum ClockStart
{
    Receipt,
    Acknowledgement,
}

public enum EscalationWindowUnit
{
    CalendarDays,
    WorkingDays,
}

public enum PartnerStatus
{
    NotApplicable,
    AwaitingPartner,
    PartnerResponded,
}

public enum DueKind
{
    Acknowledgement,
    Response,
    RemedyCompliance,
}

public enum OmbudsmanDecision
{
    NoFault,
    FaultNoInjustice,
    FaultAndInjustice,
    NotInvestigated,
}

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
