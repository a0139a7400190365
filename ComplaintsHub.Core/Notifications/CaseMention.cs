using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// What a notification may say about a case: its reference, where it belongs and what it is about, and its deadline.
/// Nothing about the complainant, and not the complaint's own words, because email leaves the council's systems.
/// </summary>
public sealed record CaseMention(string Reference, string ServiceArea, string? Subject, string? Category, DateOnly? Due = null, string? Officer = null, DueKind? DueFor = null)
{
    /// <summary>The subject and category as one line, e.g. "Missed collection (Delay)".</summary>
    public string About => (Subject, Category) switch
    {
        ({ } s, { } c) => $"{s} ({c})",
        ({ } s, null) => s,
        (null, { } c) => c,
        _ => "No subject recorded",
    };

    /// <summary>What the deadline is for, in words: "acknowledgement", "response" or "remedy compliance".</summary>
    public string? DueForWords => DueFor switch
    {
        DueKind.Acknowledgement => "acknowledgement",
        DueKind.Response => "response",
        DueKind.RemedyCompliance => "remedy compliance",
        _ => null,
    };
}
