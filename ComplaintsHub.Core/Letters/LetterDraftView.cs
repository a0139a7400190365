using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

public sealed record LetterDraftView(int Id, int ComplaintId, string Reference, LetterType Type, int StageNumber, int TemplateRevision, string Text,
    LetterDecision? Decision, string CreatedBy, DateTime UpdatedAt, Guid Version, bool LargePrint, string AddressedTo, Guid CaseVersion, bool NeedsAgreedResponseDate)
{
    /// <summary>The complaint as understood, in the officer's words to the complainant.</summary>
    public string WhatYouToldUs { get; init; } = "";
    /// <summary>The wording was changed by hand: a change to the fields asks before rewriting it.</summary>
    public bool WordingEdited { get; init; }
    public bool AllowsInformalResolution { get; init; }
    /// <summary>Where the letter can be emailed as it is issued, or null; then <see cref="EmailWhyNot"/> says why not.</summary>
    public LetterEmailRecipient? EmailTo { get; init; }
    public string? EmailWhyNot { get; init; }
    /// <summary>The complainant asked to be contacted by email: the page offers to email the letter from the start.</summary>
    public bool PrefersEmail { get; init; }
    /// <summary>The case's service area and officer: who may own what a response promises, and who owns it when no one is chosen.</summary>
    public int ServiceAreaId { get; init; }
    public Guid? AllocatedOfficerId { get; init; }
}
