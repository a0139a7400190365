namespace ComplaintsHub.Core.Domain;

public static class OutcomeLearning
{
    /// <summary>Upheld in whole or part: the council got something wrong, so the answer must say why and what it learnt.</summary>
    public static bool NeedsRootCauseAndLesson(this Outcome outcome) => outcome is Outcome.Upheld or Outcome.PartlyUpheld;
}
