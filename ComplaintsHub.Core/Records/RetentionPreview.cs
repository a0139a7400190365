namespace ComplaintsHub.Core.Records;

/// <summary>What the next retention run would anonymise if it ran now, and what a legal hold keeps back. Lists are capped; counts are not.</summary>
public sealed record RetentionPreview(
    int PeopleCount, int CaseCount, IReadOnlyList<RetentionPreviewPerson> People, int LoneCaseCount, IReadOnlyList<RetentionPreviewCase> LoneCases,
    int HeldCount, IReadOnlyList<RetentionPreviewCase> Held);
