namespace ComplaintsHub.Core.Learning;

/// <summary>A complaint an action was raised from, by reference and area (no personal data).</summary>
public sealed record ImprovementActionCaseLink(string Reference, string ServiceArea);
