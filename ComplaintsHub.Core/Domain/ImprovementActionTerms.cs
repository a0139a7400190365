namespace ComplaintsHub.Core.Domain;

/// <summary>What an improvement action is to change, in which service area, who answers for it and by when.</summary>
public sealed record ImprovementActionTerms(string Theme, string Description, int ServiceAreaId, Guid OwnerId, DateOnly DueDate);
