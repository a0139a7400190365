namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One run of anonymisation, as the log the complaints team shows an auditor: when, why, by whom (the schedule or a
/// named person), and how many people and cases it covered. Never the people's names: the log outlives them. Written
/// once at the end of the run, in its transaction; the context refuses to change or delete it.
/// </summary>
public sealed class AnonymisationRun
{
    private AnonymisationRun() { }

    public AnonymisationRun(AnonymisationKind kind, DateTime ranAt, string byName, string reason, int people, int cases, int heldCases)
    {
        Kind = kind;
        RanAt = ranAt;
        ByName = byName;
        Reason = reason;
        People = people;
        Cases = cases;
        HeldCases = heldCases;
    }

    public long Id { get; private set; }
    public AnonymisationKind Kind { get; private set; }
    public DateTime RanAt { get; private set; }
    /// <summary>"Scheduled" for the nightly run, or the person who erased someone's data.</summary>
    public string ByName { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public int People { get; private set; }
    public int Cases { get; private set; }
    /// <summary>Cases past their retention period that a legal hold kept back from this run.</summary>
    public int HeldCases { get; private set; }
    /// <summary>Access log lines older than the log's own period, removed by a scheduled run.</summary>
    public int AccessLogLinesRemoved { get; init; }
}
