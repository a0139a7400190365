namespace ComplaintsHub.Core.Setup;

public sealed record ServiceAreaRow(int Id, string Name, string Code, int DefaultProcedureId, string Procedure, int? PartnerId, string? Partner, bool IsActive, Guid Version);
