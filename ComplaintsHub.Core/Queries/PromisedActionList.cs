namespace ComplaintsHub.Core.Queries;

/// <summary>The open promised actions a manager sees, with the owners and areas among them to filter by.</summary>
public sealed record PromisedActionList(IReadOnlyList<PromisedActionRow> Rows, IReadOnlyList<(Guid Id, string Name)> Owners, IReadOnlyList<(int Id, string Name)> Areas);
