namespace ComplaintsHub.Core.Setup;

/// <summary>What the complaints team entered for a team: its service area and, when it has one, its team leader.</summary>
public sealed record TeamForm(string? Name, int? ServiceAreaId, Guid? TeamLeaderId, bool IsActive = true);
