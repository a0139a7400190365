using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Contacts;

/// <summary>Which contacts must name someone to reply to: compliments, comments and general enquiries may be anonymous.</summary>
public static class ContactReplies
{
    public static bool NeedsSomeoneToReplyTo(this ContactClassification classification) =>
        classification is not (ContactClassification.Compliment or ContactClassification.Comment or ContactClassification.GeneralEnquiry);
}
