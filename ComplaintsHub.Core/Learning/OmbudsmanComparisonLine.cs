namespace ComplaintsHub.Core.Learning;

/// <summary>One measure of an Ombudsman's year: the letter's figure (null until entered) and ComplaintsHub's, as shown, and whether they disagree.</summary>
public sealed record OmbudsmanComparisonLine(string Measure, string? Letter, string Recorded, bool Differs);
