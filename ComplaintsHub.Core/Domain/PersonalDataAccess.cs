namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One line of the personal data access log: who was given which person's details, when, why and for what. The log is
/// append-only (the context refuses to change or delete a line), so it can answer "who looked at this person" later.
/// </summary>
public sealed class PersonalDataAccess
{
    public const int MaxReasonLength = 500;

    private PersonalDataAccess() { }

    public PersonalDataAccess(Actor staff, int complainantId, DateTime accessedAt, PersonalDataPurpose purpose, string reason, string? caseReference = null)
    {
        StaffUserId = staff.StaffUserId;
        StaffName = staff.Name;
        ComplainantId = complainantId;
        AccessedAt = accessedAt;
        Purpose = purpose;
        Reason = reason;
        CaseReference = caseReference;
    }

    public long Id { get; private set; }
    public Guid StaffUserId { get; private set; }
    /// <summary>Kept as written at the time: a later change of name does not rewrite the log.</summary>
    public string StaffName { get; private set; } = "";
    public int ComplainantId { get; private set; }
    public DateTime AccessedAt { get; private set; }
    public PersonalDataPurpose Purpose { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>The case the access was for, when there was one.</summary>
    public string? CaseReference { get; private set; }
}
