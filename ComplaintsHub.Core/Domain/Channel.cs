namespace ComplaintsHub.Core.Domain;

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
