namespace ComplaintsHub.Core.Domain;

public enum PreferredContactMethod
{
    Phone,
    Email,
    Letter,
}
