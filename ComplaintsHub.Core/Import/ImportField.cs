namespace ComplaintsHub.Core.Import;

/// <summary>The ComplaintsHub fields an old list's columns can be mapped to.</summary>
public enum ImportField
{
    Reference,
    ReceivedDate,
    ServiceArea,
    Subject,
    Category,
    Channel,
    ComplainantName,
    ComplainantPhone,
    ComplainantEmail,
    ComplainantPostcode,
    Description,
    Stage,
    Acknowledged,
    Responded,
    Outcome,
    Escalated,
    Closed,
    Officer,
    /// <summary>An upheld or partly upheld complaint's root cause, which the case needs as much as its outcome.</summary>
    RootCause,
    LessonLearnt,
    /// <summary>The day a historic case was answered at Stage 2, after which its Closed date may close it.</summary>
    Stage2Responded,
    Stage2Outcome,
}
