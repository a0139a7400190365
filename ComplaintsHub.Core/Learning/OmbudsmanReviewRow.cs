using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>An Ombudsman's figures as entered for a year, with who entered them last and the version to save a correction against.</summary>
public sealed record OmbudsmanReviewRow(OmbudsmanReviewFigures Figures, string UpdatedBy, DateTime UpdatedAt, Guid Version);
