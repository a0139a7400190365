namespace ComplaintsHub.Core.Setup;

public sealed record CategoryRow(int Id, string Name, bool IsActive, Guid Version);
