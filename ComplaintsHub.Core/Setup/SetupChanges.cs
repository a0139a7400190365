namespace ComplaintsHub.Core.Setup;

/// <summary>
/// What a set-up save changed, field by field, as the timeline's summary says it: each field from what to what.
/// Who and when are the event's own fields.
/// </summary>
internal sealed class SetupChanges
{
    private readonly List<string> _changes = [];

    public bool Any => _changes.Count > 0;

    public SetupChanges Compare(string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal)) _changes.Add($"{field} {Shown(before)} → {Shown(after)}");
        return this;
    }

    public SetupChanges CompareActive(bool before, bool after)
    {
        if (before != after) _changes.Add(after ? "switched back on" : "switched off (stays on its cases and in reports)");
        return this;
    }

    /// <summary>"Service area Waste changed: name Waste → Waste &amp; Recycling; code WST → WR."</summary>
    public string Summary(string item) => $"{item} changed: {string.Join("; ", _changes)}.";

    private static string Shown(string? value) => string.IsNullOrEmpty(value) ? "(none)" : value;
}
