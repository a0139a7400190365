namespace ComplaintsHub.Core.Reports;

/// <summary>Stages opened in the period by the kind of failing complained about (the same stages again).</summary>
public sealed record ReceivedByCategory(int ServiceAreaId, int ProcedureId, int Stage, int? CategoryId, int Count);
