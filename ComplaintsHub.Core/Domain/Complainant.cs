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
    /// <summary>Stored in the standard form (upper case, one space before the inward code) so searches match however it was typed.</summary>
    public string? Postcode { get => _postcode; set => _postcode = ContactDetails.NormalisePostcode(value); }

    public string? Phone
    {
        get => _phone;
        set
        {
            _phone = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            PhoneDigits = ContactDetails.Digits(_phone);
        }
    }

    /// <summary>The phone number's digits only, for searching ("01234 567890" and "01234567890" are one person).</summary>
    public string? PhoneDigits { get; private set; }
    public string? Email { get; set; }
    public PreferredContactMethod PreferredContactMethod { get; set; } = PreferredContactMethod.Phone;
    public string? ReasonableAdjustments { get; set; }
    public bool NeedsLargePrint { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeContact { get; set; }
    public bool ConsentToShareWithRepresentative { get; set; }
    public DateTime? AnonymisedAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}".Trim();

    /// <summary>Where a letter to this person can be emailed now, or why it cannot.</summary>
    public (LetterEmailRecipient? To, string? WhyNot) LetterEmail() =>
        LetterEmailRecipient.For(FullName, Email, RepresentativeName, RepresentativeContact, ConsentToShareWithRepresentative);

    private string? _postcode;
    private string? _phone;
}
