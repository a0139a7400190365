using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseDetails(
    int Id, string Reference, ContactClassification Classification, CaseStatus Status, int CurrentStage, Outcome? Outcome,
    DateTime ReceivedAt, Channel Channel, string ServiceArea, int ServiceAreaId, string? Subject, string? Category,
    int ProcedureId, string Procedure, string Ombudsman, int ProcedureStages, bool AllowsInformalResolution, int MaxExtensionWorkingDays, bool ResponseDateAgreed,
    string Description, string? DesiredOutcome, string? SharedServicePartner, PartnerStatus PartnerStatus,
    Guid? AllocatedOfficerId, string? AllocatedOfficer, string LoggedBy, CaseComplainant? Complainant,
    IReadOnlyList<CaseStage> Stages, IReadOnlyList<CaseOmbudsmanEnquiry> OmbudsmanEnquiries, IReadOnlyList<CaseTimelineEntry> Timeline,
    DateOnly? NextDueDate, DueKind? NextDueKind, DueStatus? DueStatus, DateOnly? OmbudsmanTimeLimit,
    IReadOnlyList<CaseAction> Actions, Guid Version, DateTime UpdatedAt, string UpdatedBy, IReadOnlyList<CaseLink> LinkedCases,
    string? ImportedReference)
{
    /// <summary>What the case's responses promised, open ones first, soonest due first.</summary>
    public IReadOnlyList<CasePromisedAction> PromisedActions { get; init; } = [];

    /// <summary>Why the file is kept past its retention period, since when and on whose word; null when it is not held.</summary>
    public (string Reason, DateTime Since, string By)? LegalHold { get; init; }

    /// <summary>When the case's text and its complainant's details were removed; its counts stay.</summary>
    public DateTime? AnonymisedAt { get; init; }

    public IReadOnlyList<CasePromisedAction> OpenPromisedActions => PromisedActions.Where(a => a.IsOpen).ToList();

    public CaseAction? Action(ComplaintAction action) => Actions.FirstOrDefault(a => a.Action == action);
    public bool Can(ComplaintAction action) => Action(action)?.Allowed == true;
}
