using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>The decision a response letter records when it is issued (owned by the draft).</summary>
public sealed class LetterDecision
{
    public Outcome Outcome { get; set; }
    public string? Reasons { get; set; }
    public string? Remedy { get; set; }
    public decimal? FinancialRedress { get; set; }
    public string? RootCause { get; set; }
    public string? LessonLearnt { get; set; }
    /// <summary>One point a line: "what was raised | decision | why".</summary>
    public string? Points { get; set; }
    /// <summary>One action a line: "what we will do | dd/mm/yyyy".</summary>
    public string? OutstandingActions { get; set; }

    public IReadOnlyList<LetterPoint> ParsePoints() =>
        Lines(Points).Select(line => line.Split('|', 3, StringSplitOptions.TrimEntries))
            .Select(parts => new LetterPoint(parts[0], parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "")).ToList();

    public IReadOnlyList<LetterAction> ParseActions()
    {
        var actions = new List<LetterAction>();
        foreach (var line in Lines(OutstandingActions))
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !DateOnly.TryParseExact(parts[1], ["dd/MM/yyyy", "d/M/yyyy"], out var by))
            {
                throw new DomainException($"Write each outstanding action as \"what we will do | dd/mm/yyyy\": \"{line}\" has no date.");
            }

            actions.Add(new LetterAction(parts[0], by));
        }

        return actions;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
