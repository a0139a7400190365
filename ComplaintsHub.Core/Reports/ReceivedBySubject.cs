namespace ComplaintsHub.Core.Reports;

/// <summary>Stages opened in the period by what they were about (the same stages as <see cref="ReceivedFigure"/>).</summary>
public sealed record ReceivedBySubject(int ServiceAreaId, int ProcedureId, int Stage, int? SubjectId, int Count);
