namespace ComplaintsHub.Core.Domain;

public enum LetterType
{
    Acknowledgement,
    Stage1Response,
    Stage2Acknowledgement,
    Stage2Response,
    ExtensionNotice,
    EscalationInformation,
    NotAComplaint,
}
