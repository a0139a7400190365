using System.Text.Json;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintsHub.Core.Data.Configurations;

/// <summary>How a draft's points and actions are stored: JSON, or the "a | b | c" lines drafts were saved in before.</summary>
internal static class LetterDecisionLists
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<List<LetterPoint>, string> PointsConverter = new(
        v => JsonSerializer.Serialize(v, Json),
        v => ReadPoints(v));

    public static readonly ValueConverter<List<LetterAction>, string> ActionsConverter = new(
        v => JsonSerializer.Serialize(v, Json),
        v => ReadActions(v));

    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());

    private static List<LetterPoint> ReadPoints(string stored) =>
        stored.TrimStart().StartsWith('[')
            ? JsonSerializer.Deserialize<List<LetterPoint>>(stored, Json) ?? []
            : Lines(stored).Select(line => line.Split('|', 3, StringSplitOptions.TrimEntries))
                .Select(parts => new LetterPoint(parts[0], OutcomeFrom(parts.ElementAtOrDefault(1)), parts.ElementAtOrDefault(2) ?? "")).ToList();

    private static List<LetterAction> ReadActions(string stored) =>
        stored.TrimStart().StartsWith('[')
            ? JsonSerializer.Deserialize<List<LetterAction>>(stored, Json) ?? []
            : Lines(stored).Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
                .Select(parts => new LetterAction(parts[0],
                    DateOnly.TryParseExact(parts.ElementAtOrDefault(1), ["dd/MM/yyyy", "d/M/yyyy"], out var by) ? by : null)).ToList();

    private static Outcome? OutcomeFrom(string? text) =>
        Enum.GetValues<Outcome>().Cast<Outcome?>().FirstOrDefault(o => string.Equals(o!.Value.Describe(), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
