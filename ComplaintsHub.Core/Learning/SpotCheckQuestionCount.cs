using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>How many of a quarter's checks answered one question "no".</summary>
public sealed record SpotCheckQuestionCount(SpotCheckQuestion Question, int No);
