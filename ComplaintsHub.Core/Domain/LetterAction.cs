namespace ComplaintsHub.Core.Domain;

public sealed record LetterAction(string What, DateOnly By);
