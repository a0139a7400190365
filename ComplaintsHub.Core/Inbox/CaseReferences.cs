using System.Text.RegularExpressions;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Inbox;

/// <summary>
/// Finds the case references an email quotes ("Re: your complaint CMP-2026-00123"), in any letter case, in the form
/// <see cref="ReferenceCounter.Format"/> writes them.
/// </summary>
public static partial class CaseReferences
{
    private static readonly string[] Prefixes = Enum.GetValues<ContactClassification>().Select(ReferenceCounter.PrefixFor).ToArray();

    /// <summary>Each reference quoted, in the order it appears, written as ComplaintsHub writes it.</summary>
    public static IReadOnlyList<string> In(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return Pattern().Matches(text)
            .Where(m => Prefixes.Contains(m.Groups["prefix"].Value.ToUpperInvariant()))
            .Select(m => ReferenceCounter.Format(m.Groups["prefix"].Value.ToUpperInvariant(), int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["number"].Value)))
            .Distinct()
            .ToList();
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<prefix>[A-Za-z]{3})-(?<year>\d{4})-(?<number>\d{5,7})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
