namespace ComplaintsHub.Core.Domain;

/// <summary>The case facts reports break a stage down by.</summary>
internal sealed record ReportingKeys(int ServiceAreaId, int ProcedureId, int? SubjectId, int? CategoryId, bool OfficerAllocated);
