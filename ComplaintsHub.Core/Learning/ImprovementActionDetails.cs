using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>An improvement action as its page shows it, with what the person may do to it now.</summary>
public sealed record ImprovementActionDetails(
    int Id, Guid Version, string Theme, string Description, int ServiceAreaId, string ServiceArea, Guid OwnerId, string Owner, DateOnly DueDate,
    ImprovementActionStatus Status, bool Overdue, ImprovementActionSource Source, string? OmbudsmanBody, DateOnly RaisedOn, DateOnly? EndedOn, string? EndNote,
    IReadOnlyList<ImprovementActionCaseLink> Cases, IReadOnlyList<ImprovementActionHistoryLine> History, bool MayChange)
{
    public bool IsOpen => ImprovementAction.OpenStatuses.Contains(Status);
    public bool CanStart => MayChange && ImprovementAction.Allows(Status, ImprovementActionStatus.InProgress);
    public bool CanEnd => MayChange && ImprovementAction.Allows(Status, ImprovementActionStatus.Done);
}
