using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>One case drawn for a spot check, and the check if it has been done.</summary>
public sealed record SpotCheckSampleRow(int CaseId, string Reference, string Area, string? Category, Outcome? Outcome, DateOnly ClosedOn, int? CheckId, int? NoAnswers)
{
    public bool Checked => CheckId is not null;
}
