using System.Globalization;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The measures each Ombudsman's letter gives, in its own words, each set beside the same measure from ComplaintsHub's
/// records: written once for the comparison page and the annual report.
/// </summary>
public static class OmbudsmanComparisonLines
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");
    public const string NotRecorded = "Not recorded";

    /// <param name="suppressSmall">
    /// For councillors: the council's own counts from 1 to 4 show as "&lt;5", and a rate made from such a count (or
    /// from which one could be worked out) as "[c]", as on their dashboard. The letters' figures are the Ombudsmen's
    /// own published figures and are shown as they are.
    /// </param>
    public static IReadOnlyList<OmbudsmanComparisonLine> For(OmbudsmanSchemeComparison year, bool suppressSmall = false)
    {
        var (letter, ours) = (year.Entered?.Figures, year.Recorded);
        var complied = ours.CompliedOnTime + ours.CompliedLate;
        var line = new Lines(suppressSmall);
        return year.Scheme == OmbudsmanScheme.Housing
            ?
            [
                line.Count("Determinations", letter?.Decided, ours.DecisionsMade),
                line.Count("Findings of maladministration", letter?.Upheld, ours.Upheld),
                line.Rate("Maladministration rate", letter is null ? null : Share(letter.Upheld, letter.Decided), ours.UpheldRate, ours.Upheld, ours.DecisionsMade),
                line.Rate("Compliance with orders", letter?.CompliancePercent is { } orders ? (double)orders / 100 : null, ours.ComplianceRate, complied, complied + ours.ComplianceOverdue),
            ]
            :
            [
                line.Count("Complaints and enquiries decided", letter?.Decided, ours.DecisionsMade),
                line.Count("Detailed investigations", letter?.Investigated, ours.Investigated),
                line.Count("Upheld", letter?.Upheld, ours.Upheld),
                line.Rate("Upheld rate (of those investigated)", letter is null ? null : Share(letter.Upheld, letter.Investigated ?? letter.Decided), ours.UpheldOfInvestigatedRate,
                    ours.Upheld, ours.Investigated),
                line.Rate("Compliance with recommendations", letter?.CompliancePercent is { } recommendations ? (double)recommendations / 100 : null, ours.ComplianceRate,
                    complied, complied + ours.ComplianceOverdue),
                new("Satisfactory remedy provided by the council", letter?.RemediedByCouncil?.ToString("N0", Uk), NotRecorded, false),
            ];
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static string? Percent(double? share) => share?.ToString("0.#%", Uk);

    private sealed class Lines(bool suppressSmall)
    {
        public OmbudsmanComparisonLine Count(string measure, int? letter, int recorded)
        {
            var cell = KpiCell.Count(recorded, suppressSmall);
            return new(measure, letter?.ToString("N0", Uk), cell.Text, cell.Value is not null && letter is { } entered && entered != recorded);
        }

        /// <param name="part">The count the rate is made from.</param>
        /// <param name="whole">What it is a share of.</param>
        public OmbudsmanComparisonLine Rate(string measure, double? letter, double? recorded, int part, int whole)
        {
            if (suppressSmall && new[] { part, whole, whole - part }.Any(n => n is > 0 and < 5)) return new(measure, Percent(letter), KpiCell.WithheldText, false);
            // Compared as shown, to a tenth of a percent: the letters round their rates, and a rounding is not a disagreement.
            return new(measure, Percent(letter), Percent(recorded) ?? "None to count", letter is not null && recorded is not null && Percent(letter) != Percent(recorded));
        }
    }
}
