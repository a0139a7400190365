namespace ComplaintsHub.Core.Calendar;

/// <summary>Times are stored in UTC; working days are counted on the UK calendar date.</summary>
public static class UkTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A stored UTC time as UK wall-clock time.</summary>
    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateTime Now(TimeProvider clock) => ToLocal(clock.GetUtcNow().UtcDateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// A UK wall-clock time as UTC. A time in the hour the clocks skip in March does not exist; it is read as the
    /// same time an hour later, which is what a clock on the wall would have shown.
    /// </summary>
    public static DateTime ToUtc(DateTime ukLocal)
    {
        var local = DateTime.SpecifyKind(ukLocal, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
