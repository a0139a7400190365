using System.Globalization;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The measures each Ombudsman's letter gives, in its own words, each set beside the same measure from ComplaintsHub's
/// records: written once for the comparison page and the annual report.
/// </summary>
public static class OmbudsmanComparisonLines
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");
    public const string NotRecorded = "Not recorded";

    public static IReadOnlyList<OmbudsmanComparisonLine> For(OmbudsmanSchemeComparison year)
    {
        var (letter, ours) = (year.Entered?.Figures, year.Recorded);
        return year.Scheme == OmbudsmanScheme.Housing
            ?
            [
                Count("Determinations", letter?.Decided, ours.DecisionsMade),
                Count("Findings of maladministration", letter?.Upheld, ours.Upheld),
                Rate("Maladministration rate", letter is null ? null : Share(letter.Upheld, letter.Decided), ours.UpheldRate),
                Rate("Compliance with orders", letter?.CompliancePercent is { } orders ? (double)orders / 100 : null, ours.ComplianceRate),
            ]
            :
            [
                Count("Complaints and enquiries decided", letter?.Decided, ours.DecisionsMade),
                Count("Detailed investigations", letter?.Investigated, ours.Investigated),
                Count("Upheld", letter?.Upheld, ours.Upheld),
                Rate("Upheld rate (of those investigated)", letter is null ? null : Share(letter.Upheld, letter.Investigated ?? letter.Decided), ours.UpheldOfInvestigatedRate),
                Rate("Compliance with recommendations", letter?.CompliancePercent is { } recommendations ? (double)recommendations / 100 : null, ours.ComplianceRate),
                new("Satisfactory remedy provided by the council", letter?.RemediedByCouncil?.ToString("N0", Uk), NotRecorded, false),
            ];
    }

    private static OmbudsmanComparisonLine Count(string measure, int? letter, int recorded) =>
        new(measure, letter?.ToString("N0", Uk), recorded.ToString("N0", Uk), letter is { } entered && entered != recorded);

    private static OmbudsmanComparisonLine Rate(string measure, double? letter, double? recorded) =>
        new(measure, Percent(letter), Percent(recorded) ?? "None to count",
            // Compared as shown, to a tenth of a percent: the letters round their rates, and a rounding is not a disagreement.
            letter is not null && recorded is not null && Percent(letter) != Percent(recorded));

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static string? Percent(double? share) => share?.ToString("0.#%", Uk);
}
