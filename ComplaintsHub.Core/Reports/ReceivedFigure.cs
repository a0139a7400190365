using ComplaintsHub.Core.Data.Counts;

namespace ComplaintsHub.Core.Reports;

/// <summary>Stages opened in the period, by service area, procedure, stage, month and how they stand now.</summary>
public sealed record ReceivedFigure(int ServiceAreaId, int ProcedureId, int Stage, DateOnly Month, AnswerState Answer, int Count);
