using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>One Awaab's Law step of a damp and mould flag: what, in how long, and by when; kept apart from the complaint's own deadlines.</summary>
/// <param name="DueAt">For a step counted in hours, the moment (UTC) it is due; otherwise null and the whole of <see cref="DueOn"/> counts.</param>
/// <param name="AfterInvestigation">Counted from the investigation's latest date, as the regulations count it from the investigation's end.</param>
public sealed record HazardDeadline(
    long FlagId, HazardSeverity Severity, string Step, int Count, HazardTimescaleUnit Unit, bool AfterInvestigation, DateOnly DueOn, DateTime? DueAt, DueStatus Status);
