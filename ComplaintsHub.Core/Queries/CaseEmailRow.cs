using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>One email about a case, as the case page lists it: to whom, what, and what the mail server said.</summary>
public sealed record CaseEmailRow(long Id, EmailKind Kind, string ToName, string ToAddress, string Subject, EmailStatus Status, int Attempts, string? LastReply,
    DateTime CreatedAt, DateTime? SentAt, DateTime? FailedAt, DateTime NextAttemptAt, bool Resent)
{
    /// <summary>A letter that did not reach the complainant: the case page says so at the top, as the letter may need posting.</summary>
    public bool IsUndeliveredLetter => Kind == EmailKind.Letter && Status is EmailStatus.Failed or EmailStatus.Bounced && !Resent;

    /// <summary>Failed, bounced or interrupted, and not yet sent again: a person may send it again.</summary>
    public bool CanSendAgain => Status is EmailStatus.Failed or EmailStatus.Bounced && !Resent;
}
