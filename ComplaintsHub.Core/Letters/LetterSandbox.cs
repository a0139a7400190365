using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsHub.Core.Input;
using DotLiquid;
using DotLiquid.Exceptions;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Every merge of a letter template runs here, whoever asks (saving, previewing, starting a letter), so a revision
/// stored before these rules is held to them too. A template may use only the tags and filters a letter needs
/// (nothing that reads another template or file), nest its blocks only so deep, and the merge is stopped when its
/// loops, its text or its time pass <see cref="LetterSandboxLimits"/>. DotLiquid itself offers a cap on each loop
/// and a cancellation token checked at every node and every pass; the rest is enforced here.
/// </summary>
public static partial class LetterSandbox
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly HashSet<string> Blocks = ["if", "unless", "case", "for", "comment"];
    private static readonly HashSet<string> Allowed = ["if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "break", "continue", "comment", "endcomment"];
    private static readonly HashSet<string> ReadOtherFiles = ["include", "render", "extends", "block", "layout", "section"];
    private static readonly HashSet<string> OtherDotLiquidTags = ["assign", "capture", "cycle", "tablerow", "increment", "decrement", "ifchanged", "raw", "literal", "param"];

    /// <summary>The filters a template may use.</summary>
    public static readonly IReadOnlySet<string> Filters = new HashSet<string> { "upcase", "downcase", "capitalize", "strip", "default", "date", "newline_to_br", "escape", "size", "join", "first", "last", "append", "prepend", "replace", "truncate" };

    static LetterSandbox()
    {
        // DotLiquid registers its own tags in Liquid's static constructor: run it first, so the counted loop replaces
        // DotLiquid's rather than the other way round. This app uses DotLiquid for letters only, so replacing it
        // for the process is what is wanted.
        _ = Liquid.UseRubyDateFormat;
        Template.RegisterTag<LetterForTag>("for");
    }

    /// <summary>What is wrong with a template before it is ever merged, each problem with its line and column.</summary>
    public static IReadOnlyList<TemplateProblem> Check(string text) => Check(text, LetterSandboxLimits.Letters);

    internal static IReadOnlyList<TemplateProblem> Check(string text, LetterSandboxLimits limits)
    {
        if (text.Length > limits.TemplateCharacters)
        {
            return [new TemplateProblem(0, 0, $"The template is {Count(text.Length)} characters long: a template may be at most {Count(limits.TemplateCharacters)}.")];
        }

        var problems = new List<TemplateProblem>();
        var depth = 0;
        var nestingReported = false;
        // Every "{%" with a name counts, even inside quotes: reading more tags than DotLiquid does can only refuse more.
        foreach (Match tag in TagNamePattern().Matches(text))
        {
            var name = tag.Groups["name"].Value;
            if (!Allowed.Contains(name))
            {
                problems.Add(LetterTemplateValidator.At(text, tag.Index, ReadOtherFiles.Contains(name) ? $"the \"{name}\" tag is not allowed: a letter cannot read other templates or files."
                    : OtherDotLiquidTags.Contains(name) ? $"the \"{name}\" tag is not allowed in a letter: use if, unless, case and for with the fields listed beside the editor."
                    : $"there is no \"{name}\" tag."));
            }
            else if (Blocks.Contains(name) && ++depth > limits.Nesting && !nestingReported)
            {
                problems.Add(LetterTemplateValidator.At(text, tag.Index, $"blocks are nested {depth} deep here: a letter may put at most {limits.Nesting} if, unless, case, for or comment blocks inside one another."));
                nestingReported = true;
            }
            else if (name.StartsWith("end", StringComparison.Ordinal) && depth > 0)
            {
                depth--;
            }
        }

        foreach (Match tag in TagPattern().Matches(text))
        {
            var withoutStrings = StringPattern().Replace(tag.Groups["body"].Value, m => new string(' ', m.Length));
            foreach (Match filter in FilterPattern().Matches(withoutStrings))
            {
                if (!Filters.Contains(filter.Groups["name"].Value))
                {
                    problems.Add(LetterTemplateValidator.At(text, tag.Groups["body"].Index + filter.Groups["name"].Index, $"unknown filter \"{filter.Groups["name"].Value}\"."));
                }
            }
        }

        // A template of thousands of refused tags would otherwise list thousands of lines beside the editor.
        const int Listed = 20;
        return problems.Count <= Listed ? problems : [.. problems.Take(Listed), new TemplateProblem(0, 0, $"And {Count(problems.Count - Listed)} more problems like these.")];
    }

    /// <summary>The template merged with a letter's fields inside the limits, or why it cannot be.</summary>
    /// <exception cref="OperationCanceledException">The caller stopped waiting (the page went): the merge stopped with it.</exception>
    public static LetterMerge Merge(string templateText, IReadOnlyDictionary<string, object?> fields, TimeProvider clock, CancellationToken cancellationToken = default) =>
        Merge(templateText, fields, clock, LetterSandboxLimits.Letters, cancellationToken);

    /// <summary>
    /// <see cref="Merge(string, IReadOnlyDictionary{string, object?}, TimeProvider, CancellationToken)"/> on a worker
    /// thread, so a page stays responsive while it runs and can stop it by cancelling.
    /// </summary>
    public static Task<LetterMerge> MergeAsync(string templateText, IReadOnlyDictionary<string, object?> fields, TimeProvider clock, CancellationToken cancellationToken = default) =>
        Task.Run(() => Merge(templateText, fields, clock, LetterSandboxLimits.Letters, cancellationToken), cancellationToken);

    internal static LetterMerge Merge(string templateText, IReadOnlyDictionary<string, object?> fields, TimeProvider clock, LetterSandboxLimits limits, CancellationToken cancellationToken)
    {
        var problems = Check(templateText, limits);
        if (problems.Count > 0) return new LetterMerge(null, problems);

        var budget = new LetterSandboxBudget(limits, clock);
        using var deadline = new CancellationTokenSource(limits.Time, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var template = Template.Parse(templateText);
            var context = new Context([Hash.FromDictionary(fields.ToDictionary(p => p.Key, p => ToLiquid(p.Value)))], new Hash(),
                Hash.FromDictionary(new Dictionary<string, object> { [LetterSandboxBudget.Register] = budget }), ErrorsOutputMode.Rethrow, limits.LoopSteps, British, stop.Token);
            context.AddFilters(typeof(LetterFilters));
            using var output = new LetterSandboxWriter(budget);
            template.Render(output, RenderParameters.FromContext(context, British));
            return new LetterMerge(output.ToString().Replace("\r\n", "\n"), []);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Refused(TookTooLong(limits));
        }
        catch (RegexMatchTimeoutException)
        {
            return Refused(TookTooLong(limits));
        }
        catch (LetterSandboxLimitException ex)
        {
            return Refused(ex.Message);
        }
        catch (RenderException ex) when (ex.GetType().Name == "MaximumIterationsExceededException")
        {
            // DotLiquid's own cap on a single loop, set to the same number: one loop alone has passed the limit.
            return Refused(TooManySteps(limits));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever else a template makes DotLiquid throw is the template's fault, and is said so, not a page that errors.
            return Refused($"The template cannot be merged: {ex.Message}");
        }
    }

    internal static string TooManySteps(LetterSandboxLimits limits) =>
        $"Merged, the template's loops run more than {Count(limits.LoopSteps)} times in all: a letter's loops may run at most {Count(limits.LoopSteps)} times.";

    internal static string TooLong(LetterSandboxLimits limits) =>
        $"The merged letter is longer than {Count(limits.OutputCharacters)} characters: a letter may be at most {Count(limits.OutputCharacters)}.";

    internal static string TookTooLong(LetterSandboxLimits limits) =>
        $"Merging the template took longer than {limits.Time.TotalSeconds.ToString("0.###", British)} seconds, so it was stopped: simplify its loops.";

    private static LetterMerge Refused(string message) => new(null, [new TemplateProblem(0, 0, message)]);

    private static string Count(int value) => value.ToString("N0", British);

    /// <summary>Values as DotLiquid reads them, without the characters a letter cannot hold.</summary>
    private static object? ToLiquid(object? value) => value switch
    {
        string text => InputText.CleanRequired(text),
        IReadOnlyDictionary<string, object?> map => Hash.FromDictionary(map.ToDictionary(p => p.Key, p => ToLiquid(p.Value))),
        IEnumerable<IReadOnlyDictionary<string, object?>> items => items.Select(ToLiquid).ToList(),
        _ => value,
    };

    [GeneratedRegex(@"\{%-?\s*(?<name>\w+)")]
    private static partial Regex TagNamePattern();

    [GeneratedRegex(@"\{\{-?(?<body>.*?)-?\}\}|\{%-?(?<body>.*?)-?%\}", RegexOptions.Singleline)]
    internal static partial Regex TagPattern();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    internal static partial Regex StringPattern();

    [GeneratedRegex(@"\|\s*(?<name>[a-z_]+)")]
    private static partial Regex FilterPattern();
}
