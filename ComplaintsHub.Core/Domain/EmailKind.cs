namespace ComplaintsHub.Core.Domain;

/// <summary>What an email is for: each person can turn each notification kind off (letters to complainants are not theirs to turn off).</summary>
public enum EmailKind
{
    /// <summary>A case was allocated to you.</summary>
    CaseAllocated,
    /// <summary>A Stage 2 (or later) response was assigned to you.</summary>
    StageAssigned,
    /// <summary>A case of yours is due within two working days.</summary>
    DueSoon,
    /// <summary>A case of yours (or of your team's) is overdue.</summary>
    Overdue,
    /// <summary>The weekly report to team leaders and heads of service.</summary>
    WeeklyReport,
    /// <summary>An issued letter sent to the complainant or their representative.</summary>
    Letter,
    /// <summary>A test the complaints team sends itself to check the mail server settings.</summary>
    Test,
    /// <summary>An action you own, promised in a response, is due within two working days.</summary>
    PromisedActionDueSoon,
    /// <summary>An action you own, promised in a response, is past its date.</summary>
    PromisedActionOverdue,
}
