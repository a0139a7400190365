namespace ComplaintsHub.Core.Setup;

/// <summary>What the complaints team entered for a shared-service partner.</summary>
public sealed record PartnerForm(string? Name, bool IsActive = true);
