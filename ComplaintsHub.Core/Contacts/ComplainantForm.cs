using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Contacts;

public sealed class ComplainantForm
{
    public string? Title { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
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

    public void Clean()
    {
        Title = InputText.Clean(Title);
        FirstName = InputText.Clean(FirstName);
        LastName = InputText.Clean(LastName);
        AddressLine1 = InputText.Clean(AddressLine1);
        AddressLine2 = InputText.Clean(AddressLine2);
        Town = InputText.Clean(Town);
        Postcode = InputText.Clean(Postcode);
        Phone = InputText.Clean(Phone);
        Email = InputText.Clean(Email);
        ReasonableAdjustments = InputText.Clean(ReasonableAdjustments);
        RepresentativeName = InputText.Clean(RepresentativeName);
        RepresentativeContact = InputText.Clean(RepresentativeContact);
    }

    public bool IsEmpty => string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName) && string.IsNullOrWhiteSpace(Phone)
                           && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(AddressLine1) && string.IsNullOrWhiteSpace(Postcode);
}
