namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One line of the access log: who was given which person's details or which case, when, and what they did. The log is
/// append-only (the context refuses to change or delete a line), so it can answer "who looked at this person" later; only
/// the records run removes lines older than the log's own retention period.
/// </summary>
public sealed class PersonalDataAccess
{
    public const int MaxReasonLength = 500;
    public const int MaxWhatLength = 300;

    private PersonalDataAccess() { }

    public PersonalDataAccess(Actor staff, int complainantId, DateTime accessedAt, PersonalDataPurpose purpose, string reason, string? caseReference = null)
        : this(staff, accessedAt, purpose, complainantId, null, caseReference, null, reason)
    {
    }

    public PersonalDataAccess(Actor staff, DateTime accessedAt, PersonalDataPurpose purpose, int? complainantId, int? complaintId, string? caseReference, string? what,
        string reason = "")
    {
        StaffUserId = staff.StaffUserId;
        StaffName = staff.Name;
        ComplainantId = complainantId;
        ComplaintId = complaintId;
        AccessedAt = accessedAt;
        Purpose = purpose;
        Reason = reason;
        CaseReference = caseReference;
        What = what is { Length: > MaxWhatLength } ? what[..MaxWhatLength] : what;
    }

    public long Id { get; private set; }
    public Guid StaffUserId { get; private set; }
    /// <summary>Kept as written at the time: a later change of name does not rewrite the log.</summary>
    public string StaffName { get; private set; } = "";
    /// <summary>The person whose data it was, when the access was to one person's data.</summary>
    public int? ComplainantId { get; private set; }
    /// <summary>The case, when the access was to one case.</summary>
    public int? ComplaintId { get; private set; }
    public DateTime AccessedAt { get; private set; }
    public PersonalDataPurpose Purpose { get; private set; }
    /// <summary>Why, where the member of staff was asked (revealing details); empty for what the page did as asked.</summary>
    public string Reason { get; private set; } = "";
    /// <summary>The case the access was for, when there was one.</summary>
    public string? CaseReference { get; private set; }
    /// <summary>What was downloaded or exported: the letter's or document's name, the export's period.</summary>
    public string? What { get; private set; }
}
