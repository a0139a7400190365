namespace ComplaintsHub.Core.Input;

/// <summary>
/// The ranges numbers people type must fall in, defined once. A number outside its range is refused with the range,
/// never moved into it.
/// </summary>
public static class NumberLimits
{
    /// <summary>Financial redress on one stage, in pounds: above this it is a typing slip, and far beyond any Ombudsman remedy.</summary>
    public const decimal MaxRedress = 100_000m;

    public const decimal MinTargetPercent = 1m;
    public const decimal MaxTargetPercent = 100m;

    /// <summary>Homes a council owns: the largest council landlords own under 100,000.</summary>
    public const int MaxHomes = 500_000;

    /// <summary>Refuses redress below nothing, above <see cref="MaxRedress"/>, or finer than a penny.</summary>
    public static void RequireRedress(decimal? pounds, string field)
    {
        if (pounds is not { } amount) return;
        if (amount < 0 || amount > MaxRedress)
        {
            throw new InputRefusedException(field, $"Financial redress must be from £0.00 to £{MaxRedress:N2}.");
        }

        if (decimal.Round(amount, 2) != amount) throw new InputRefusedException(field, "Financial redress is in pounds and pence: no more than two decimal places.");
    }
}
