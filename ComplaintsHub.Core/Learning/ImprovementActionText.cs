using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Learning;

/// <summary>The free text of an improvement action's forms, cleaned and held to its length once.</summary>
internal static class ImprovementActionText
{
    public static string? Note(string? text) => Limit(text, ImprovementActionFields.Note, TextLimits.Notes, "The note");

    /// <summary>Cleaned and trimmed, refused over <paramref name="limit"/>, null when nothing is left.</summary>
    public static string? Limit(string? text, string field, int limit, string what)
    {
        text = InputText.Clean(text)?.Trim();
        TextLimits.Require(text, limit, field, what);
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
