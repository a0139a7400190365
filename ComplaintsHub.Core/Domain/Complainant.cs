namespace ComplaintsHub.Core.Domain;

/// <summary>The person complaining. Reasonable adjustments and representatives are Equality Act duties.</summary>
public sealed class Complainant : VersionedEntity
{
    private Complainant() { }

    public Complainant(string firstName, string lastName)
    {
        FirstName = firstName;
        LastName = lastName;
    }

    public int Id { get; private set; }
    public string? Title { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public PreferredContactMethod PreferredContactMethod { get; set; } = PreferredContactMethod.Phone;
    public string? ReasonableAdjustments { get; set; }
    public bool NeedsLargePrint { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeContact { get; set; }
    public bool ConsentToShareWithRepresentative { get; set; }
    public DateTime? AnonymisedAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}
