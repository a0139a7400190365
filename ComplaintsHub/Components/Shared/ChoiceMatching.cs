namespace ComplaintsHub.Components.Shared;

/// <summary>Which choices typed text offers, best first: names that start with it, then names with a word that does, then any that contain it.</summary>
public static class ChoiceMatching
{
    public static IEnumerable<TValue> Rank<TValue>(IEnumerable<(TValue Value, string Name)> choices, string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text)) return choices.Select(c => c.Value);
        return choices
            .Select(c => (c.Value, Rank: c.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 0
                : c.Name.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(text, StringComparison.OrdinalIgnoreCase)) ? 1
                : c.Name.Contains(text, StringComparison.OrdinalIgnoreCase) ? 2
                : -1))
            .Where(c => c.Rank >= 0)
            .OrderBy(c => c.Rank)
            .Select(c => c.Value);
    }

    private static readonly char[] WordBreaks = [' ', '&', '-', '/', '(', ')', ','];
}
