namespace ComplaintsHub.Core.Letters;

/// <summary>
/// What the template editor's field picker inserts for a field: the field itself, or, for a list or a field that only
/// has a value inside a list, the whole loop with every field of one item, so no one has to write Liquid.
/// </summary>
public static class LetterFieldSnippets
{
    public static string For(LetterField field)
    {
        var loop = LetterFields.Loops.FirstOrDefault(l => l.Value == field.Path || field.Path.StartsWith(l.Key + ".", StringComparison.Ordinal));
        if (loop.Key is not { } variable) return $"{{{{ {field.Path} }}}}";

        var item = LetterFields.All.Where(f => f.Path.StartsWith(variable + ".", StringComparison.Ordinal)).Select(f => $"{{{{ {f.Path} }}}}");
        return $"{{% for {variable} in {loop.Value} %}}\n- {string.Join(" – ", item)}\n{{% endfor %}}";
    }

    /// <summary>Whether the picker inserts a whole list rather than one field, so its button can say so.</summary>
    public static bool InsertsList(LetterField field) =>
        LetterFields.Loops.Any(l => l.Value == field.Path || field.Path.StartsWith(l.Key + ".", StringComparison.Ordinal));
}
