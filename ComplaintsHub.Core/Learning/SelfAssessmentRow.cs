namespace ComplaintsHub.Core.Learning;

/// <summary>One provision of a Code and the year's answer to it (null until answered).</summary>
public sealed record SelfAssessmentRow(int ProvisionId, string Reference, string Section, string Requirement, bool ProvisionActive, Guid ProvisionVersion, SelfAssessmentAnswerRow? Answer);
