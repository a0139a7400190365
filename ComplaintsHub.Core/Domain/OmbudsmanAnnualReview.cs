using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One Ombudsman's figures for the council in one financial year, from its annual letter, kept to set beside
/// ComplaintsHub's own records of the same year. One row per year and Ombudsman.
/// </summary>
public sealed class OmbudsmanAnnualReview : SetupEntity
{
    /// <summary>More than any council's year: a larger number is a typing slip.</summary>
    public const int MostInAYear = 10_000;

    private OmbudsmanAnnualReview() { }

    public OmbudsmanAnnualReview(int financialYearStart, OmbudsmanScheme scheme, OmbudsmanReviewFigures figures)
    {
        FinancialYearStart = financialYearStart;
        Scheme = scheme;
        Set(figures);
    }

    public int Id { get; private set; }
    public int FinancialYearStart { get; private set; }
    public OmbudsmanScheme Scheme { get; private set; }
    public int Decided { get; private set; }
    public int? Investigated { get; private set; }
    public int Upheld { get; private set; }
    public decimal? CompliancePercent { get; private set; }
    public int? RemediedByCouncil { get; private set; }

    public OmbudsmanReviewFigures Figures => new(Decided, Investigated, Upheld, CompliancePercent, RemediedByCouncil);

    /// <summary>Checks the figures hang together (none negative, upheld within investigated within decided) and keeps them.</summary>
    public void Set(OmbudsmanReviewFigures figures)
    {
        Count(figures.Decided, OmbudsmanReviewFields.Decided, "The number decided");
        if (figures.Investigated is { } investigated)
        {
            Count(investigated, OmbudsmanReviewFields.Investigated, "The number investigated");
            if (investigated > figures.Decided) throw new InputRefusedException(OmbudsmanReviewFields.Investigated, "More were investigated than decided: check the letter.");
        }

        Count(figures.Upheld, OmbudsmanReviewFields.Upheld, "The number upheld");
        if (figures.Upheld > (figures.Investigated ?? figures.Decided))
        {
            throw new InputRefusedException(OmbudsmanReviewFields.Upheld, $"More were upheld than {(figures.Investigated is null ? "decided" : "investigated")}: check the letter.");
        }

        if (figures.CompliancePercent is { } percent && (percent < 0 || percent > 100 || decimal.Round(percent, 1) != percent))
        {
            throw new InputRefusedException(OmbudsmanReviewFields.Compliance, "Enter the compliance as a percentage from 0 to 100, with at most one decimal place.");
        }

        if (figures.RemediedByCouncil is { } remedied)
        {
            Count(remedied, OmbudsmanReviewFields.RemediedByCouncil, "The number remedied by the council");
            if (remedied > figures.Upheld) throw new InputRefusedException(OmbudsmanReviewFields.RemediedByCouncil, "More were remedied by the council than upheld: check the letter.");
        }

        if (Scheme == OmbudsmanScheme.Housing && (figures.Investigated is not null || figures.RemediedByCouncil is not null))
        {
            throw new InputRefusedException(figures.Investigated is not null ? OmbudsmanReviewFields.Investigated : OmbudsmanReviewFields.RemediedByCouncil,
                "The Housing Ombudsman's report does not give this figure: leave it empty.");
        }

        (Decided, Investigated, Upheld, CompliancePercent, RemediedByCouncil) =
            (figures.Decided, figures.Investigated, figures.Upheld, figures.CompliancePercent, figures.RemediedByCouncil);
    }

    private static void Count(int value, string field, string what)
    {
        if (value < 0 || value > MostInAYear) throw new InputRefusedException(field, $"{what} is a whole number from 0 to {MostInAYear:N0}.");
    }
}
