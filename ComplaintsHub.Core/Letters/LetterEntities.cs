using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// One revision of a letter template. Editing never changes a row: it adds the next revision and marks it current,
/// so every issued letter can name the exact wording it was made from.
/// </summary>
public sealed class LetterTemplate
{
    private LetterTemplate() { }

    public LetterTemplate(LetterType type, int? procedureId, int revision, string body, Actor by, DateTime at)
    {
        Type = type;
        ProcedureId = procedureId;
        Revision = revision;
        Body = body;
        CreatedById = by.StaffUserId == Guid.Empty ? null : by.StaffUserId;
        CreatedByName = by.Name;
        CreatedAt = at;
        IsCurrent = true;
    }

    public int Id { get; private set; }
    public LetterType Type { get; private set; }
    /// <summary>Null: the council-wide template, used for any procedure without its own.</summary>
    public int? ProcedureId { get; private set; }
    public int Revision { get; private set; }
    public string Body { get; private set; } = "";
    public bool IsCurrent { get; internal set; }
    public Guid? CreatedById { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}

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

/// <summary>The decision a response letter records when it is issued (owned by the draft).</summary>
public sealed class LetterDecision
{
    public Outcome Outcome { get; set; }
    public string? Reasons { get; set; }
    public string? Remedy { get; set; }
    public decimal? FinancialRedress { get; set; }
    public string? RootCause { get; set; }
    public string? LessonLearnt { get; set; }
    /// <summary>One point a line: "what was raised | decision | why".</summary>
    public string? Points { get; set; }
    /// <summary>One action a line: "what we will do | dd/mm/yyyy".</summary>
    public string? OutstandingActions { get; set; }

    public IReadOnlyList<LetterPoint> ParsePoints() =>
        Lines(Points).Select(line => line.Split('|', 3, StringSplitOptions.TrimEntries))
            .Select(parts => new LetterPoint(parts[0], parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "")).ToList();

    public IReadOnlyList<LetterAction> ParseActions()
    {
        var actions = new List<LetterAction>();
        foreach (var line in Lines(OutstandingActions))
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !DateOnly.TryParseExact(parts[1], ["dd/MM/yyyy", "d/M/yyyy"], out var by))
            {
                throw new DomainException($"Write each outstanding action as \"what we will do | dd/mm/yyyy\": \"{line}\" has no date.");
            }

            actions.Add(new LetterAction(parts[0], by));
        }

        return actions;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>An issued letter, kept exactly as sent. The context refuses to change or delete it.</summary>
public sealed class IssuedLetter
{
    private IssuedLetter() { }

    public IssuedLetter(int complaintId, int stageNumber, LetterType type, int templateId, int templateRevision, string fileName, byte[] content,
        bool largePrint, string addressedTo, Actor by, DateTime at)
    {
        ComplaintId = complaintId;
        StageNumber = stageNumber;
        Type = type;
        TemplateId = templateId;
        TemplateRevision = templateRevision;
        FileName = fileName;
        Content = content;
        LargePrint = largePrint;
        AddressedTo = addressedTo;
        IssuedById = by.StaffUserId;
        IssuedByName = by.Name;
        IssuedAt = at;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public int StageNumber { get; private set; }
    public LetterType Type { get; private set; }
    public int TemplateId { get; private set; }
    public int TemplateRevision { get; private set; }
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public bool LargePrint { get; private set; }
    public string AddressedTo { get; private set; } = "";
    public Guid IssuedById { get; private set; }
    public string IssuedByName { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
}
