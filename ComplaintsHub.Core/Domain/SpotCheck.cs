using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A head of service's review of one closed case drawn for a quarter's spot check: the checklist's answers and what they
/// found. It is recorded once and kept as written (the context refuses to change or delete it): what it found is put
/// right by an improvement action, not by rewriting the check.
/// </summary>
public sealed class SpotCheck
{
    private SpotCheck() { }

    internal SpotCheck(FinancialQuarter quarter, Guid headOfServiceId, int complaintId, IReadOnlyDictionary<SpotCheckQuestion, SpotCheckAnswer> answers,
        string? findings, Actor by, DateTime at)
    {
        var unanswered = Enum.GetValues<SpotCheckQuestion>().Where(q => !answers.ContainsKey(q)).ToList();
        if (unanswered.Count > 0) throw new DomainException($"Answer every question of the checklist: \"{unanswered[0].Describe()}\" has no answer.");

        if (answers.Values.Contains(SpotCheckAnswer.No) && string.IsNullOrWhiteSpace(findings))
        {
            throw new DomainException("Say what you found wherever the answer is no: it is what the service will put right.");
        }

        FinancialYearStart = quarter.FinancialYearStart;
        Quarter = quarter.Quarter;
        HeadOfServiceId = headOfServiceId;
        ComplaintId = complaintId;
        RightClassification = answers[SpotCheckQuestion.RightClassification];
        AcknowledgedInTime = answers[SpotCheckQuestion.AcknowledgedInTime];
        AnsweredInTime = answers[SpotCheckQuestion.AnsweredInTime];
        CoversEveryPoint = answers[SpotCheckQuestion.CoversEveryPoint];
        SaysHowToEscalate = answers[SpotCheckQuestion.SaysHowToEscalate];
        RemedyProportionate = answers[SpotCheckQuestion.RemedyProportionate];
        LearningCaptured = answers[SpotCheckQuestion.LearningCaptured];
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        NoAnswers = answers.Values.Count(a => a == SpotCheckAnswer.No);
        CheckedById = by.StaffUserId;
        CheckedByName = by.Name;
        CheckedAt = at;
        CheckedOn = UkTime.DateOf(at);
    }

    public int Id { get; private set; }
    public int FinancialYearStart { get; private set; }
    public int Quarter { get; private set; }
    /// <summary>The head of service whose sample the case was drawn in.</summary>
    public Guid HeadOfServiceId { get; private set; }
    public int ComplaintId { get; private set; }
    public SpotCheckAnswer RightClassification { get; private set; }
    public SpotCheckAnswer AcknowledgedInTime { get; private set; }
    public SpotCheckAnswer AnsweredInTime { get; private set; }
    public SpotCheckAnswer CoversEveryPoint { get; private set; }
    public SpotCheckAnswer SaysHowToEscalate { get; private set; }
    public SpotCheckAnswer RemedyProportionate { get; private set; }
    public SpotCheckAnswer LearningCaptured { get; private set; }
    /// <summary>How many questions were answered no: kept so the completion report can count checks that found a failing in SQL.</summary>
    public int NoAnswers { get; private set; }
    public string? Findings { get; private set; }
    public Guid CheckedById { get; private set; }
    /// <summary>Kept as written at the time: a later change of name does not rewrite the record.</summary>
    public string CheckedByName { get; private set; } = "";
    public DateTime CheckedAt { get; private set; }
    public DateOnly CheckedOn { get; private set; }

    public FinancialQuarter InQuarter => new(FinancialYearStart, Quarter);

    public IReadOnlyDictionary<SpotCheckQuestion, SpotCheckAnswer> Answers => new Dictionary<SpotCheckQuestion, SpotCheckAnswer>
    {
        [SpotCheckQuestion.RightClassification] = RightClassification,
        [SpotCheckQuestion.AcknowledgedInTime] = AcknowledgedInTime,
        [SpotCheckQuestion.AnsweredInTime] = AnsweredInTime,
        [SpotCheckQuestion.CoversEveryPoint] = CoversEveryPoint,
        [SpotCheckQuestion.SaysHowToEscalate] = SaysHowToEscalate,
        [SpotCheckQuestion.RemedyProportionate] = RemedyProportionate,
        [SpotCheckQuestion.LearningCaptured] = LearningCaptured,
    };
}
