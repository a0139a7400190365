using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>An Ombudsman decision that found fault, with the remedy and the actions raised from it or its case.</summary>
public sealed record OmbudsmanLessonRow(
    string Reference, string ServiceArea, string? Category, string Body, OmbudsmanDecision Decision, DateOnly DecidedOn, string? Remedy,
    IReadOnlyList<LessonAction> Actions);
