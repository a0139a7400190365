using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseTimelineEntry(DateTime OccurredAt, string ActorName, TimelineEventType Type, string Summary);
