using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// A new improvement action: from the case it is raised on plus any other cases named by reference, from an Ombudsman
/// decision that found fault, or from a spot check's findings (whose case is linked with it).
/// </summary>
public sealed record RaiseImprovementAction(ImprovementActionTerms Terms, int? FromCaseId, IReadOnlyList<string> OtherCaseReferences, int? OmbudsmanEnquiryId = null,
    int? SpotCheckId = null);
