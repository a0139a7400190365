namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The checklist a head of service answers for each case in a spot check: what the Complaint Handling Codes ask of a
/// response, in the order a reader of the case file meets them.
/// </summary>
public enum SpotCheckQuestion
{
    RightClassification,
    AcknowledgedInTime,
    AnsweredInTime,
    CoversEveryPoint,
    SaysHowToEscalate,
    RemedyProportionate,
    LearningCaptured,
}
