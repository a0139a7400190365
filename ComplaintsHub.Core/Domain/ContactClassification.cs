namespace ComplaintsHub.Core.Domain;

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
