namespace ComplaintsHub.Core.Letters;

/// <summary>
/// A plain-English line for each section a letter must contain (the names in <see cref="LetterFields.Required"/>):
/// what it is for and what the Complaint Handling Code expects of it, shown beside the template editor's checklist.
/// </summary>
public static class LetterSectionGuidance
{
    private static readonly IReadOnlyDictionary<string, string> Lines = new Dictionary<string, string>
    {
        ["the date"] = "The date the letter is issued: the complainant's time limits (Stage 2, the Ombudsman) are counted from it.",
        ["who to contact"] = "A named person to ask for, with the complaints team's phone number and email, so no one is sent round in circles.",
        ["the greeting"] = "\"Dear Mrs Smith\" from the title and surname recorded; the representative when they act with consent.",
        ["what you told us"] = "The complaint as we understand it, in the officer's words to the complainant. The Code asks us to set this out so a misunderstanding is caught early.",
        ["the decision on each point"] = "Each point the complaint raised, the decision on it and why. The Code expects every point to be answered.",
        ["the outstanding actions"] = "What we will still do, by when and who: a promise the complainant can hold us to.",
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
