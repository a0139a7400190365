namespace ComplaintsHub.Core.Reports;

/// <summary>
/// Service improvement actions (docs/kpi-definitions.md, "Improvement actions"): raised, done and dropped in the period,
/// and those open on the as-at day, overdue or not yet due.
/// </summary>
public sealed record ImprovementActionFigures(int RaisedInPeriod, int DoneInPeriod, int DroppedInPeriod, int OpenOverdue, int OpenNotYetDue)
{
    public static readonly ImprovementActionFigures None = new(0, 0, 0, 0, 0);

    public int OpenAtEnd => OpenOverdue + OpenNotYetDue;
}
