namespace ComplaintsHub.Core.Reports;

/// <summary>
/// Actions promised in responses and due in the period, and what became of them (docs/kpi-definitions.md, "Promised
/// actions"): done on or before the date promised, done after it, or still open, overdue on the as-at day or not yet due.
/// </summary>
public sealed record PromisedActionFigures(int CompletedOnTime, int CompletedLate, int OpenOverdue, int OpenNotYetDue)
{
    public static readonly PromisedActionFigures None = new(0, 0, 0, 0);

    public int Due => CompletedOnTime + CompletedLate + StillOpen;
    public int StillOpen => OpenOverdue + OpenNotYetDue;
    public double? ShareOnTime => Due == 0 ? null : (double)CompletedOnTime / Due;
}
