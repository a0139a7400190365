namespace ComplaintsHub.Core.Domain;

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
