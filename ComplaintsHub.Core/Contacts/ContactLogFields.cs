namespace ComplaintsHub.Core.Contacts;

/// <summary>The form's field names, used to put each message next to its field.</summary>
public static class ContactLogFields
{
    public const string Received = nameof(ContactLogForm.ReceivedDate);
    public const string ServiceArea = nameof(ContactLogForm.ServiceAreaId);
    public const string Subject = nameof(ContactLogForm.SubjectId);
    public const string Category = nameof(ContactLogForm.CategoryId);
    public const string Procedure = nameof(ContactLogForm.ProcedureId);
    public const string Description = nameof(ContactLogForm.Description);
    public const string DesiredOutcome = nameof(ContactLogForm.DesiredOutcome);
    public const string SharedServicePartner = nameof(ContactLogForm.SharedServicePartner);
    public const string Complainant = nameof(ContactLogForm.Complainant);
    public const string Title = "Complainant.Title";
    public const string FirstName = "Complainant.FirstName";
    public const string LastName = "Complainant.LastName";
    public const string AddressLine1 = "Complainant.AddressLine1";
    public const string AddressLine2 = "Complainant.AddressLine2";
    public const string Town = "Complainant.Town";
    public const string Postcode = "Complainant.Postcode";
    public const string Phone = "Complainant.Phone";
    public const string Email = "Complainant.Email";
    public const string ReasonableAdjustments = "Complainant.ReasonableAdjustments";
    public const string RepresentativeName = "Complainant.RepresentativeName";
    public const string RepresentativeContact = "Complainant.RepresentativeContact";
}
