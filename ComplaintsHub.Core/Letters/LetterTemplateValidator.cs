using System.Text.RegularExpressions;
using ComplaintsHub.Core.Domain;
using DotLiquid;
using DotLiquid.Exceptions;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Checks a template before it is saved: what the sandbox allows (<see cref="LetterSandbox.Check(string)"/>), Liquid
/// syntax, that every field is a documented one, and that the letter type's required sections are there. Each
/// problem says exactly where and why.
/// </summary>
public static partial class LetterTemplateValidator
{
    private static readonly HashSet<string> Keywords = ["in", "and", "or", "contains", "true", "false", "nil", "null", "empty", "blank", "forloop", "reversed", "limit", "offset", "else", "elsif", "endif", "endfor", "if", "unless", "endunless", "for", "case", "when", "endcase", "size", "first", "last", "index", "length"];

    public static IReadOnlyList<TemplateProblem> Validate(LetterType type, string text)
    {
        var problems = new List<TemplateProblem>();
        if (string.IsNullOrWhiteSpace(text)) return [new TemplateProblem(0, 0, "The template is empty.")];
        // Before DotLiquid parses it: a template nested thousands deep is refused here rather than recursed into.
        var refused = LetterSandbox.Check(text);
        if (refused.Count > 0) return refused;

        try
        {
            Template.Parse(text);
        }
        catch (SyntaxException ex)
        {
            problems.Add(Locate(text, ex.Message));
            return problems;
        }

        var used = new HashSet<string>();
        Scan(text, used, problems);

        foreach (var (section, fields) in LetterFields.Required[type])
        {
            var missing = fields.Where(f => !used.Contains(f)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new TemplateProblem(0, 0, $"A {Describe(type)} must include {section}: add {string.Join(" and ", missing.Select(m => $"{{{{ {m} }}}}"))}."));
            }
        }

        return problems;
    }

    /// <summary>
    /// The documented fields a template uses, read even while it does not yet parse, so the editor's checklist can
    /// follow the text as it is typed.
    /// </summary>
    public static IReadOnlySet<string> FieldsUsed(string text)
    {
        var used = new HashSet<string>();
        Scan(text, used, []);
        return used;
    }

    private static void Scan(string text, HashSet<string> used, List<TemplateProblem> problems)
    {
        foreach (Match tag in LetterSandbox.TagPattern().Matches(text))
        {
            var body = tag.Groups["body"].Value;
            var bodyStart = tag.Groups["body"].Index;
            var withoutStrings = LetterSandbox.StringPattern().Replace(body, m => new string(' ', m.Length));
            var filterPart = withoutStrings.IndexOf('|');

            var expression = filterPart < 0 ? withoutStrings : withoutStrings[..filterPart];
            foreach (Match path in PathPattern().Matches(expression))
            {
                var name = path.Value;
                if (Keywords.Contains(name) || name.StartsWith("forloop.", StringComparison.Ordinal) || (tag.Value.StartsWith("{%", StringComparison.Ordinal) && path.Index == FirstWordIndex(expression))) continue;
                if (LetterFields.Loops.ContainsKey(name)) continue;
                if (!LetterFields.IsKnown(name))
                {
                    problems.Add(At(text, bodyStart + path.Index, $"unknown field \"{name}\". Use one of the fields listed beside the editor."));
                    continue;
                }

                used.Add(name);
            }
        }
    }

    public static string Describe(LetterType type) => type switch
    {
        LetterType.Acknowledgement => "Stage 1 acknowledgement",
        LetterType.Stage1Response => "Stage 1 response",
        LetterType.Stage2Acknowledgement => "Stage 2 acknowledgement",
        LetterType.Stage2Response => "Stage 2 response",
        LetterType.ExtensionNotice => "extension notice",
        LetterType.EscalationInformation => "escalation and Ombudsman information letter",
        _ => "not-a-complaint letter",
    };

    private static int FirstWordIndex(string expression)
    {
        var match = Regex.Match(expression, @"\S");
        return match.Success ? match.Index : -1;
    }

    /// <summary>DotLiquid's syntax errors name the tag or text but not where: find it.</summary>
    private static TemplateProblem Locate(string text, string message)
    {
        var unclosed = Regex.Match(message, "^(\\w+) tag was never closed");
        if (unclosed.Success)
        {
            var opening = Regex.Matches(text, $@"\{{%-?\s*{unclosed.Groups[1].Value}\b").LastOrDefault();
            return At(text, opening?.Index ?? 0, $"the \"{unclosed.Groups[1].Value}\" tag is never closed: add {{% end{unclosed.Groups[1].Value} %}}.");
        }

        var unterminated = Regex.Match(message, "^(Variable|Tag) '(.{1,40})", RegexOptions.Singleline);
        if (unterminated.Success)
        {
            var index = text.IndexOf(unterminated.Groups[2].Value[..Math.Min(unterminated.Groups[2].Value.Length, 20)], StringComparison.Ordinal);
            var closer = unterminated.Groups[1].Value == "Variable" ? "}}" : "%}";
            return At(text, Math.Max(0, index), $"this {(closer == "}}" ? "field" : "tag")} is not closed with {closer}.");
        }

        var unknownTag = Regex.Match(message, "Unknown tag '(\\w+)'");
        if (unknownTag.Success)
        {
            var index = Regex.Match(text, $@"\{{%-?\s*{unknownTag.Groups[1].Value}\b").Index;
            return At(text, index, $"there is no \"{unknownTag.Groups[1].Value}\" tag.");
        }

        return new TemplateProblem(0, 0, $"The template is not valid Liquid: {message}");
    }

    internal static TemplateProblem At(string text, int index, string message)
    {
        var line = 1 + text.Take(index).Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return new TemplateProblem(line, index - lineStart + 1, message);
    }

    [GeneratedRegex(@"(?<![\w.])[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*")]
    private static partial Regex PathPattern();
}
