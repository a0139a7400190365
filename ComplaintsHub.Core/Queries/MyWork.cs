namespace ComplaintsHub.Core.Queries;

public sealed record MyWork(IReadOnlyList<MyCaseRow> Cases, int OnTrack, int DueSoon, int Overdue, int UnallocatedInMyAreas)
{
    /// <summary>The open promised actions this person owns, on cases open or closed, soonest first.</summary>
    public IReadOnlyList<PromisedActionRow> PromisedActions { get; init; } = [];
}
