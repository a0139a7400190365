namespace ComplaintsHub.Core.Letters;

public sealed record Letterhead(string CouncilName, string CouncilAddress, byte[]? Logo = null);
