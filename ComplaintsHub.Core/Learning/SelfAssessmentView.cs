using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// A Code's self-assessment for a financial year: every provision in force (and any retired one answered that year) with
/// its answer, and how many of last year's answers could be carried forward to the provisions not yet answered.
/// </summary>
public sealed record SelfAssessmentView(int FinancialYearStart, OmbudsmanScheme Scheme, IReadOnlyList<SelfAssessmentRow> Rows, int CanCarryForward)
{
    public int Count(CodeCompliance compliance) => Rows.Count(r => r.Answer is { CarriedForward: false } a && a.Compliance == compliance);
    public int Unanswered => Rows.Count(r => r.Answer is null);
    public int ToReview => Rows.Count(r => r.Answer is { CarriedForward: true });
}
