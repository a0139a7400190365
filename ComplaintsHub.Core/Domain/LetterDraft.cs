using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>A letter being written: kept until it is issued or discarded.</summary>
public sealed class LetterDraft : VersionedEntity
{
    private LetterDraft() { }

    public LetterDraft(int complaintId, int stageNumber, LetterTemplate template, string text, LetterDecision? decision, Actor by, DateTime at)
    {
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
    public string CreatedByName { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Edit(string text, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("The letter is empty.");
        Text = text;
        UpdatedAt = at;
    }
}
