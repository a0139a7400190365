namespace ComplaintsHub.Core.Domain;

/// <summary>The decision a response letter records when it is issued (owned by the draft), composed field by field.</summary>
public sealed class LetterDecision
{
    public Outcome Outcome { get; set; }
    public string? Reasons { get; set; }
    public string? Remedy { get; set; }
    public decimal? FinancialRedress { get; set; }
    public string? RootCause { get; set; }
    public string? LessonLearnt { get; set; }
    // Backing fields: drafts stored before points were kept may hold none, which reads as an empty list.
    private List<LetterPoint>? _points;
    private List<LetterAction>? _outstandingActions;

    public List<LetterPoint> Points { get => _points ??= []; set => _points = value; }
    public List<LetterAction> OutstandingActions { get => _outstandingActions ??= []; set => _outstandingActions = value; }

    /// <summary>The root cause and lesson are the case's learning: the stage refuses an upheld answer without them.</summary>
    public bool NeedsLearning => Outcome.NeedsRootCauseAndLesson();

    public LetterDecision Copy() => new()
    {
        Outcome = Outcome, Reasons = Reasons, Remedy = Remedy, FinancialRedress = FinancialRedress, RootCause = RootCause, LessonLearnt = LessonLearnt,
        Points = [.. Points], OutstandingActions = [.. OutstandingActions],
    };
}
