using System.Text;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Takes out the characters a letter cannot hold: control characters other than tab and new line (pasted from other
/// systems: a vertical tab stops the Word document, a NUL cuts text short) and anything else XML 1.0 refuses.
/// Input is cleaned where it arrives; this is for text stored before that, so a letter never depends on it.
/// </summary>
public static class LetterCharacters
{
    public static string Clean(string text)
    {
        if (!text.Any(c => IsRemoved(c) || char.IsSurrogate(c))) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }

            if (!IsRemoved(c) && !char.IsSurrogate(c)) clean.Append(c);
        }

        return clean.ToString();
    }

    private static bool IsRemoved(char c) => (c < ' ' && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF';
}
