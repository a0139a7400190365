namespace ComplaintsHub.Core.Setup;

public sealed record SubjectRow(int Id, int ServiceAreaId, string Name, bool IsActive, Guid Version);
