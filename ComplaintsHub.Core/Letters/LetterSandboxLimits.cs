namespace ComplaintsHub.Core.Letters;

/// <summary>How much work merging one letter may do. A template that needs more is refused, never cut short.</summary>
/// <param name="Nesting">How many if, unless, case, for and comment blocks may sit inside one another.</param>
/// <param name="LoopSteps">How many times the template's loops may run in all, counting every pass of every loop.</param>
/// <param name="OutputCharacters">The longest merged letter, and the longest text a filter may make on the way.</param>
/// <param name="Time">How long a merge may take before it is stopped.</param>
/// <param name="TemplateCharacters">The longest template.</param>
public sealed record LetterSandboxLimits(int Nesting, int LoopSteps, int OutputCharacters, TimeSpan Time, int TemplateCharacters)
{
    /// <summary>
    /// Far above any real letter (the default set nests one deep and loops over a handful of points), and the output
    /// matches what the template and draft editors hold, so a merged letter always fits where it is edited.
    /// </summary>
    public static readonly LetterSandboxLimits Letters = new(Nesting: 10, LoopSteps: 10_000, OutputCharacters: 40_000, Time: TimeSpan.FromSeconds(2), TemplateCharacters: 40_000);
}
