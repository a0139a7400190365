namespace ComplaintsHub.Core.Services;

/// <summary>The active service areas and the teams a member of staff can be given.</summary>
public sealed record StaffChoices(IReadOnlyList<(int Id, string Name)> ServiceAreas, IReadOnlyList<(int Id, string Name)> Teams);
