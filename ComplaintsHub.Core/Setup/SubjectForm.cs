namespace ComplaintsHub.Core.Setup;

/// <summary>What the complaints team entered for a subject within a service area.</summary>
public sealed record SubjectForm(int ServiceAreaId, string? Name, bool IsActive = true);
