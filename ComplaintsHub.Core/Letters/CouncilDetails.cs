namespace ComplaintsHub.Core.Letters;

/// <summary>The council's details that every letter carries (configured, not hard-coded).</summary>
/// <param name="Logo">A PNG for the letterhead, or null for a letterhead of name and address only.</param>
/// <param name="ComplaintsEmail">The complaints team's email, given in every letter as who to contact.</param>
/// <param name="ComplaintsPhone">The complaints team's phone number, given in every letter as who to contact.</param>
public sealed record CouncilDetails(string Name, string Address, string Signatory, string EscalationHow, byte[]? Logo = null, string? ComplaintsEmail = null,
    string? ComplaintsPhone = null);
