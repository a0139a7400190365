using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>An email that was not sent or came back, for the complaints team's email page.</summary>
public sealed record OutboxProblemRow(long Id, DateTime CreatedAt, EmailKind Kind, string ToName, string ToAddress, EmailStatus Status, string? LastReply, string? CaseReference);
