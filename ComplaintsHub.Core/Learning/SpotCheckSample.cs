using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// Which closed cases a quarter's spot check draws. Each case is ranked by a hash of the quarter and its id, so the same
/// quarter always draws the same cases, whoever opens it and however often, with no stored random seed; and a larger
/// sample (after the settings change) keeps every case of the smaller one.
/// </summary>
public static class SpotCheckSample
{
    /// <summary>The share of the closed cases, rounded up, but never fewer than the minimum, and never more than there are.</summary>
    public static int SizeFor(int closed, int minimum, decimal percent) =>
        Math.Min(closed, Math.Max(minimum, (int)Math.Ceiling(closed * percent / 100m)));

    public static IReadOnlyList<int> Draw(IEnumerable<int> closedCaseIds, FinancialQuarter quarter, int size) =>
        closedCaseIds.Distinct().OrderBy(id => Rank(quarter, id)).ThenBy(id => id).Take(size).ToList();

    private static ulong Rank(FinancialQuarter quarter, int caseId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{quarter.FinancialYearStart}-Q{quarter.Quarter}/{caseId}"), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
