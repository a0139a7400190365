using System.Globalization;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// One figure as it is shown: the number (null when there is none or it is suppressed) and its text. The dashboard
/// shows <see cref="Text"/>; the workbook writes <see cref="Value"/> as a typed number, or the text when there is none.
/// </summary>
public sealed record KpiCell(KpiFormat Format, double? Value, string Text)
{
    /// <summary>What councillors see instead of a count from 1 to 4 that could identify someone.</summary>
    public const string SuppressedText = "<5";
    /// <summary>
    /// What councillors see instead of a figure withheld so that a "&lt;5" cannot be worked out from it (from a total, the
    /// other cells, another table or a percentage): any count, percentage or average. "[c]" is the GSS symbol for
    /// "confidential".
    /// </summary>
    public const string WithheldText = "[c]";
    public const string NoValueText = "–";

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public bool IsSuppressed => Format == KpiFormat.Count && Value is null && Text == SuppressedText;

    /// <summary>Withheld from councillors to protect a small count: shown as neither a number nor "no value".</summary>
    public bool IsWithheld => Value is null && Text == WithheldText;

    public static KpiCell Count(int count, bool suppressSmall) =>
        suppressSmall && count is > 0 and < 5 ? new(KpiFormat.Count, null, SuppressedText) : new(KpiFormat.Count, count, count.ToString("N0", Uk));

    public static KpiCell Percent(double? share) =>
        share is { } s ? new(KpiFormat.Percent, s, s.ToString("0.0%", Uk)) : new(KpiFormat.Percent, null, NoValueText);

    public static KpiCell Decimal(double? value) =>
        value is { } v ? new(KpiFormat.Decimal, Math.Round(v, 1), v.ToString("N1", Uk)) : new(KpiFormat.Decimal, null, NoValueText);

    public static KpiCell Of(string text) => new(KpiFormat.Text, null, text);

    public static KpiCell Withheld(KpiFormat format) => new(format, null, WithheldText);
}
