namespace ComplaintsHub.Core.Setup;

public sealed record PartnerRow(int Id, string Name, bool IsActive, Guid Version);
