namespace ComplaintsHub.Core.Records;

/// <summary>
/// What the next retention run would anonymise if it ran now, what a legal hold keeps back, and the cases answered long
/// ago but never closed, whose retention has not started. Lists are capped; counts are not.
/// </summary>
public sealed record RetentionPreview(
    int PeopleCount, int CaseCount, IReadOnlyList<RetentionPreviewPerson> People, int LoneCaseCount, IReadOnlyList<RetentionPreviewCase> LoneCases,
    int HeldCount, IReadOnlyList<RetentionPreviewCase> Held, int UnclosedCount, IReadOnlyList<UnclosedCase> Unclosed);
