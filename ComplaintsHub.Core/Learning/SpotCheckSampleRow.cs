using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>One case drawn for a spot check (or checked and since no longer drawn), and the check if it has been done.</summary>
/// <param name="ClosedOn">Null when the case has been reopened or escalated since.</param>
/// <param name="InSample">False for a case checked that has since left the sample (reopened, escalated, or a smaller share).</param>
public sealed record SpotCheckSampleRow(int CaseId, string Reference, string Area, string? Category, Outcome? Outcome, DateOnly? ClosedOn, int? CheckId, int? NoAnswers,
    bool InSample = true)
{
    public bool Checked => CheckId is not null;
}
