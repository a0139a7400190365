namespace ComplaintsHub.Core.Learning;

/// <summary>One line of an improvement action's history, oldest first.</summary>
public sealed record ImprovementActionHistoryLine(DateTime At, string By, string Summary);
