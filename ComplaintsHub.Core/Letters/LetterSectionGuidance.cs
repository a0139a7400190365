namespace ComplaintsHub.Core.Letters;

/// <summary>
/// A plain-English line for each section a letter must contain (the names in <see cref="LetterFields.Required"/>):
/// what it is for and what the Complaint Handling Code expects of it, shown beside the template editor's checklist.
/// </summary>
public static class LetterSectionGuidance
{
    private static readonly IReadOnlyDictionary<string, string> Lines = new Dictionary<string, string>
    {
        ["the reference"] = "The case reference, so the complainant can quote it whenever they contact us.",
        ["when we will respond"] = "The date we will send our response by, so the complainant knows when to expect it.",
        ["the decision"] = "Whether the complaint is upheld, partly upheld or not upheld. The Code expects a decision on each point raised.",
        ["the reasons"] = "Why we reached that decision, in plain words, with what we found.",
        ["the remedy"] = "What we are doing to put things right: an apology, the action taken and any payment.",
        ["the escalation paragraph"] = "How to ask for Stage 2 and the last date to ask, so the complainant can take it further if unhappy.",
        ["the Ombudsman paragraph"] = "Which Ombudsman to go to if still unhappy, how to contact them and the time limit for doing so.",
        ["the new date"] = "The new date we will respond by. The Code allows an extension only with a new date.",
        ["the reason"] = "Why we need more time, explained to the complainant.",
    };

    /// <summary>The guidance for a section, or null when it has none (the editor then shows just its name).</summary>
    public static string? For(string section) => Lines.GetValueOrDefault(section);
}
