using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>One case of a spot check: the facts the checklist is answered from, the check when done, and the improvement actions raised from it.</summary>
public sealed record SpotCheckCaseView(FinancialQuarter Quarter, Guid HeadOfServiceId, string HeadOfService, int CaseId, string Reference, string Procedure, int AreaId, string Area,
    string? Category, ContactClassification Classification, Outcome? Outcome, DateOnly? ClosedOn, IReadOnlyList<SpotCheckStageFacts> Stages, SpotCheckRecord? Check,
    IReadOnlyList<ImprovementActionRow> Actions, bool MayRecord);
