using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>What an upheld or partly upheld response found went wrong and what the council learnt, with the actions raised from its case.</summary>
public sealed record LessonRow(
    string Reference, string ServiceArea, string? Category, int Stage, Outcome Outcome, DateOnly RespondedOn, string? RootCause, string? Lesson,
    IReadOnlyList<LessonAction> Actions);
