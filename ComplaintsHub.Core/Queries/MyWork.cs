namespace ComplaintsHub.Core.Queries;

public sealed record MyWork(IReadOnlyList<MyCaseRow> Cases, int OnTrack, int DueSoon, int Overdue, int UnallocatedInMyAreas);
