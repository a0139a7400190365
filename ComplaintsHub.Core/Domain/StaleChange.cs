using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The one wording for a save refused because someone else changed the thing first: who and when if it is known, and
/// that nothing the person entered was saved.
/// </summary>
public static class StaleChange
{
    public const string ReloadThePage = "reload the page to see the change, then try again.";

    /// <param name="what">The thing, as it starts a sentence ("The Housing procedure").</param>
    /// <param name="who">Who saved it last; empty or null for things made before anyone was recorded.</param>
    /// <param name="plural">The thing is a plural ("The council's details were … while you had them open").</param>
    public static string Message(string what, string? who, DateTime? at, bool plural = false, string reload = ReloadThePage)
    {
        var by = string.IsNullOrEmpty(who) || at is null ? "someone else" : $"{who} at {UkTime.ToLocal(at.Value):HH:mm} on {UkTime.ToLocal(at.Value):d MMMM}";
        return $"{what} {(plural ? "were" : "was")} changed by {by} while you had {(plural ? "them" : "it")} open. Nothing you entered has been saved: {reload}";
    }
}
