using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>One improvement action in a list.</summary>
public sealed record ImprovementActionRow(
    int Id, string Theme, int ServiceAreaId, string ServiceArea, string Owner, DateOnly DueDate, ImprovementActionStatus Status, bool Overdue,
    ImprovementActionSource Source, int Cases, DateOnly? EndedOn);
