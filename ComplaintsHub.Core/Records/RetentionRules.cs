using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// When a case's file may be anonymised, written once for the nightly run, its preview and the erasure form. A case is
/// kept while it is open, and then for its procedure's retention period after it closed (or was withdrawn); a legal hold
/// keeps it until lifted. A person is anonymised only when every one of their cases may be: their details serve each.
/// </summary>
public static class RetentionRules
{
    /// <summary>
    /// A case answered more than this many months ago and still not closed is listed for the complaints team to close. It stays open
    /// until someone closes it, so its retention period never starts; after twelve months the complainant can no longer
    /// take it to the Ombudsman (and may still escalate a closed case), so nothing is gained by leaving it open.
    /// </summary>
    public const int MonthsBeforeUnclosedIsListed = 12;

    /// <summary>The moment the case's retention period ends; null while it is open.</summary>
    public static DateTime? RetainedUntil(RetentionFacts facts, int retentionYears) =>
        facts.Status.IsOpen() || facts.ClosedAt is not { } closed ? null : closed.AddYears(retentionYears);

    /// <summary>The retention period has ended (a hold aside).</summary>
    public static bool IsPast(RetentionFacts facts, int retentionYears, DateTime now) => RetainedUntil(facts, retentionYears) is { } until && until <= now;

    /// <summary>The nightly run may anonymise this case now.</summary>
    public static bool IsDue(RetentionFacts facts, int retentionYears, DateTime now) =>
        facts.AnonymisedAt is null && !facts.IsHeld && IsPast(facts, retentionYears, now);

    /// <summary>Why a person's data cannot be erased now, or null when it can: erasure never reaches an open or held case.</summary>
    public static string? WhyNotErase(IEnumerable<RetentionFacts> cases)
    {
        var live = cases.Where(c => c.AnonymisedAt is null).ToList();
        if (live.FirstOrDefault(c => c.Status.IsOpen()) is { } open)
        {
            return $"{open.Reference} is still open: the council needs the details to finish it. Close it first, or record why it was withdrawn.";
        }

        return live.FirstOrDefault(c => c.IsHeld) is { } held
            ? $"{held.Reference} is under a legal hold ({held.LegalHoldReason}): lift the hold first if the reason for it has gone."
            : null;
    }
}
