using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.Learning;

/// <summary>One Ombudsman's year: its letter's figures (null until entered) beside ComplaintsHub's own records.</summary>
public sealed record OmbudsmanSchemeComparison(OmbudsmanScheme Scheme, OmbudsmanReviewRow? Entered, OmbudsmanFigures Recorded);
