using System.Net;
using System.Text;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// Writes one email's plain text and HTML side by side, so the two always say the same thing. Every value is
/// HTML-encoded on its way into the HTML: a subject or a name typed with a "&lt;" is shown, never obeyed.
/// </summary>
internal sealed class EmailBody
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new("<!DOCTYPE html><html lang=\"en-GB\"><body style=\"font-family: Arial, sans-serif; font-size: 15px; line-height: 1.4\">");

    /// <summary>A paragraph; a line break in it (a sign-off's name and title) stays a line break in the HTML.</summary>
    public EmailBody Paragraph(string words)
    {
        _text.Append(words).Append("\n\n");
        _html.Append("<p>").Append(Encode(words).Replace("\n", "<br>")).Append("</p>");
        return this;
    }

    public EmailBody Heading(string words)
    {
        _text.Append(words).Append('\n').Append(new string('-', words.Length)).Append("\n\n");
        _html.Append("<h2 style=\"font-size: 17px\">").Append(Encode(words)).Append("</h2>");
        return this;
    }

    /// <summary>Label and value lines, e.g. "Service area: Housing".</summary>
    public EmailBody Facts(params (string Label, string Value)[] facts)
    {
        _html.Append("<table role=\"presentation\" style=\"border-collapse: collapse\">");
        foreach (var (label, value) in facts)
        {
            _text.Append(label).Append(": ").Append(value).Append('\n');
            _html.Append("<tr><th scope=\"row\" style=\"text-align: left; padding: 2px 12px 2px 0\">").Append(Encode(label))
                .Append("</th><td style=\"padding: 2px 0\">").Append(Encode(value)).Append("</td></tr>");
        }

        _text.Append('\n');
        _html.Append("</table>");
        return this;
    }

    public EmailBody Link(string words, string url)
    {
        _text.Append(words).Append(": ").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(words)).Append("</a></p>");
        return this;
    }

    /// <summary>A table with a header row; in the plain text, one line per row with the values separated by " | ".</summary>
    public EmailBody Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _text.Append(string.Join(" | ", headers)).Append('\n');
        _html.Append("<table style=\"border-collapse: collapse\"><thead><tr>");
        foreach (var header in headers) _html.Append("<th scope=\"col\" style=\"text-align: left; border-bottom: 1px solid #999; padding: 4px 12px 4px 0\">").Append(Encode(header)).Append("</th>");
        _html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _text.Append(string.Join(" | ", row)).Append('\n');
            _html.Append("<tr>");
            foreach (var cell in row) _html.Append("<td style=\"padding: 4px 12px 4px 0\">").Append(Encode(cell)).Append("</td>");
            _html.Append("</tr>");
        }

        _text.Append('\n');
        _html.Append("</tbody></table>");
        return this;
    }

    public NotificationEmail Build(string subject) =>
        new(subject, _text.ToString().TrimEnd() + "\n", _html.ToString() + "</body></html>");

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
