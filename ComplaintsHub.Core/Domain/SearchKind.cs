namespace ComplaintsHub.Core.Domain;

public enum SearchKind
{
    Reference,
    Email,
    Phone,
    Postcode,
    Name,
}
