namespace ComplaintsHub.Core.Setup;

/// <summary>Everything the service areas page shows, inactive items included (they stay on cases and in reports).</summary>
public sealed record ReferenceData(
    IReadOnlyList<ServiceAreaRow> Areas,
    IReadOnlyList<SubjectRow> Subjects,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<TeamRow> Teams,
    IReadOnlyList<PartnerRow> Partners,
    IReadOnlyList<SetupChoice<int>> Procedures,
    IReadOnlyList<SetupChoice<Guid>> Staff);
