namespace ComplaintsHub.Core.Setup;

/// <summary>What the complaints team entered for a service area.</summary>
public sealed record ServiceAreaForm(string? Name, string? Code, int? DefaultProcedureId, int? PartnerId, bool IsActive = true);
