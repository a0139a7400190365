using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>An improvement action a lesson led to.</summary>
public sealed record LessonAction(int Id, string Theme, ImprovementActionStatus Status);
