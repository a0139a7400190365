using System.Globalization;
using ComplaintsHub.Core.Data.Counts;

namespace ComplaintsHub.Core.Reports;

public enum KpiFormat
{
    Count,
    /// <summary>A share, 0–1, shown as a percentage.</summary>
    Percent,
    /// <summary>A figure with one decimal place (averages, rates per 1,000 homes).</summary>
    Decimal,
    Text,
}

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

public sealed record KpiRow(IReadOnlyList<string> Labels, IReadOnlyList<KpiCell> Cells, bool IsTotal = false, string? Key = null);

/// <summary>A table of figures with its labels: the data table beside a chart, and one sheet of the workbook.</summary>
public sealed record KpiTable(string Key, string Title, string Description, IReadOnlyList<string> LabelColumns, IReadOnlyList<string> ValueColumns, IReadOnlyList<KpiRow> Rows)
{
    /// <summary>Rows that are not totals: what a chart plots.</summary>
    public IEnumerable<KpiRow> DataRows => Rows.Where(r => !r.IsTotal);

    public KpiRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);
}

public static class ReportDescriber
{
    public static string Describe(this AnswerState value) => value switch
    {
        AnswerState.WithinTimescale => "Answered within timescale",
        AnswerState.OutsideTimescale => "Answered late",
        AnswerState.AwaitingResponse => "Awaiting response",
        AnswerState.Withdrawn => "Withdrawn",
        _ => value.ToString(),
    };

    public static string Describe(this RagStatus value) => value switch
    {
        RagStatus.Green => "Green: on or above target",
        RagStatus.Amber => "Amber: up to 10 points below target",
        RagStatus.Red => "Red: more than 10 points below target",
        _ => "No responses",
    };
}
