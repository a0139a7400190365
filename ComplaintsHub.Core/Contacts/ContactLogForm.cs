using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Contacts;

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
    /// <summary>The inbox email this contact is logged from, as the officer saw it: marked Logged in the same save as the case.</summary>
    public long? InboxItemId { get; set; }
    public Guid? InboxItemVersion { get; set; }

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
