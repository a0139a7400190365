using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Services;

/// <summary>
/// What the officer types on the "Log a contact" page. Plain settable properties so the page can bind to it and
/// keep it as a draft in the browser until it is saved.
/// </summary>
public sealed class ContactLogForm
{
    /// <summary>One per form: saving the same form twice returns the first save's reference.</summary>
    public Guid SubmissionId { get; set; } = Guid.NewGuid();
    public ContactClassification Classification { get; set; } = ContactClassification.Complaint;
    public Channel Channel { get; set; } = Channel.Phone;
    /// <summary>UK local date and time the contact arrived.</summary>
    public DateTime? ReceivedDate { get; set; }
    public TimeSpan? ReceivedTime { get; set; }
    public int? ServiceAreaId { get; set; }
    public int? SubjectId { get; set; }
    public int? CategoryId { get; set; }
    /// <summary>Null means the service area's usual procedure.</summary>
    public int? ProcedureId { get; set; }
    public string? Description { get; set; }
    public string? DesiredOutcome { get; set; }
    public string? SharedServicePartner { get; set; }
    public int? ExistingComplainantId { get; set; }
    public string? ExistingComplainantName { get; set; }
    public ComplainantForm Complainant { get; set; } = new();

    /// <summary>True once anything has been typed: an untouched form is not worth keeping as a draft.</summary>
    public bool HasContent =>
        !string.IsNullOrWhiteSpace(Description) || ExistingComplainantId is not null || !string.IsNullOrWhiteSpace(Complainant.LastName)
        || !string.IsNullOrWhiteSpace(Complainant.Phone) || !string.IsNullOrWhiteSpace(Complainant.Email) || ServiceAreaId is not null;

    /// <summary>Cleans every text the officer typed or pasted (see <see cref="InputText"/>); the service does this once as the form arrives.</summary>
    public void Clean()
    {
        Description = InputText.Clean(Description);
        DesiredOutcome = InputText.Clean(DesiredOutcome);
        SharedServicePartner = InputText.Clean(SharedServicePartner);
        Complainant.Clean();
    }
}

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

/// <summary>The form's field names, used to put each message next to its field.</summary>
public static class ContactLogFields
{
    public const string Received = nameof(ContactLogForm.ReceivedDate);
    public const string ServiceArea = nameof(ContactLogForm.ServiceAreaId);
    public const string Subject = nameof(ContactLogForm.SubjectId);
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

public sealed record ContactLogResult(string? Reference, int? ComplaintId, bool AlreadyLogged, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => Reference is not null;

    public static ContactLogResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, null, false, errors);
}
