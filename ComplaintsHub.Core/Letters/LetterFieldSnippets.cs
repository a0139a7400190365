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

    /// <summary>
    /// The text with the field's snippet in place of the selection from <paramref name="start"/> to
    /// <paramref name="end"/>, and where the cursor goes after it. A list starts and ends on lines of its own, as its
    /// bullets and tags only work at the start of a line.
    /// </summary>
    public static (string Text, int Caret) InsertInto(string text, int start, int end, LetterField field)
    {
        var snippet = For(field);
        if (InsertsList(field))
        {
            if (start > 0 && text[start - 1] != '\n') snippet = "\n" + snippet;
            if (end < text.Length && text[end] != '\n') snippet += "\n";
        }

        return (text[..start] + snippet + text[end..], start + snippet.Length);
    }

    /// <summary>Whether the picker inserts a whole list rather than one field, so its button can say so.</summary>
    public static bool InsertsList(LetterField field) =>
        LetterFields.Loops.Any(l => l.Value == field.Path || field.Path.StartsWith(l.Key + ".", StringComparison.Ordinal));
}
