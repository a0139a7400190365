namespace ComplaintsHub.Core.Learning;

/// <summary>The actions that match the filters, and the service areas the person can choose from.</summary>
public sealed record ImprovementActionList(IReadOnlyList<ImprovementActionRow> Rows, IReadOnlyList<(int Id, string Name)> Areas);
