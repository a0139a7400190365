using System.Text;

namespace ComplaintsHub.Core.Input;

/// <summary>
/// Cleans text as it enters the Core services, once. Text pasted from other systems brings control characters that
/// break letters (Word's XML refuses U+000B and U+0001) and NULs that cut text short; none of them means anything
/// to a reader. Tab and new line are kept, and every line break becomes a single new line.
/// </summary>
public static class InputText
{
    public static string? Clean(string? text)
    {
        if (text is null || !NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(ch).Append(text[++i]);
            }
            else if (Keeps(ch))
            {
                clean.Append(ch);
            }
        }

        return clean.ToString();
    }

    /// <summary>For a value that must be there: cleaned, and never null.</summary>
    public static string CleanRequired(string? text) => Clean(text) ?? "";

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\r' || !Keeps(ch)) return true;
            if (char.IsHighSurrogate(ch))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return true;
            }
        }

        return false;
    }

    // Half a surrogate pair and U+FFFE/U+FFFF are not characters at all: XML and UTF-8 cannot carry them either.
    private static bool Keeps(char ch) =>
        ch is '\t' or '\n' || !(char.IsControl(ch) || char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF');
}
