using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Components.Shared;

/// <summary>Times are stored in UTC and always shown in UK time, en-GB style.</summary>
public static class Formatting
{
    public static string ToUkText(this DateTime utc) => UkTime.ToLocal(utc).ToString("d MMM yyyy HH:mm");

    public static string ToUkDate(this DateTime utc) => UkTime.DateOf(utc).ToString("d MMMM yyyy");
}
