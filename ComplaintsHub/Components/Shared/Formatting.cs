using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Components.Shared;

/// <summary>Times are stored in UTC and always shown in UK time, en-GB style.</summary>
public static class Formatting
{
    public static string ToUkText(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime.Zone).ToString("d MMM yyyy HH:mm");

    /// <summary>Descriptions read as part of a sentence ("while the case is received"); a table cell starts with a capital.</summary>
    public static string Capitalised(this string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
