namespace ComplaintsHub.Core.Setup;

public sealed record TeamRow(int Id, string Name, int ServiceAreaId, string ServiceArea, Guid? TeamLeaderId, string? TeamLeader, bool IsActive, Guid Version);
