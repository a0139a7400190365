using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>A letter being written: kept until it is issued or discarded.</summary>
public sealed class LetterDraft : VersionedEntity
{
    private LetterDraft() { }

    public LetterDraft(int complaintId, int stageNumber, LetterTemplate template, string text, string whatYouToldUs, LetterDecision? decision, Actor by, DateTime at)
    {
        WhatYouToldUs = whatYouToldUs;
        ComplaintId = complaintId;
        StageNumber = stageNumber;
        Type = template.Type;
        TemplateId = template.Id;
        TemplateRevision = template.Revision;
        Text = text;
        Decision = decision;
        CreatedByName = by.Name;
        CreatedAt = UpdatedAt = at;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public int StageNumber { get; private set; }
    public LetterType Type { get; private set; }
    public int TemplateId { get; private set; }
    public int TemplateRevision { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>For a response letter: the decision that issuing it records on the stage.</summary>
    public LetterDecision? Decision { get; private set; }
    /// <summary>The complaint as the council understands it, in the officer's words to the complainant ("you told us…").</summary>
    public string WhatYouToldUs { get; private set; } = "";
    /// <summary>
    /// Whether the officer changed the merged wording by hand: then a change to the fields no longer rewrites the letter
    /// unasked, so their edits are never lost.
    /// </summary>
    public bool WordingEdited { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Edit(string text, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("The letter is empty.");
        Text = text;
        UpdatedAt = at;
    }

    /// <summary>Keeps what the officer composed with the letter it makes; a response keeps its outcome unless changed here.</summary>
    public void Compose(string whatYouToldUs, LetterDecision? decision, string text, bool wordingEdited, DateTime at)
    {
        if (Decision is not null && decision is null) throw new DomainException("A response letter needs its decision.");
        if (Decision is null && decision is not null) throw new DomainException("Only a response letter records a decision.");
        Edit(text, at);
        WhatYouToldUs = whatYouToldUs;
        Decision = decision;
        WordingEdited = wordingEdited;
    }
}
