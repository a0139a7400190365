using System.Globalization;
using ComplaintsHub.Core.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// The one "today" the whole suite runs against, so its result never depends on the day it runs: Friday
/// 20 November 2026, in Q3 of 2026/27. <see cref="EnvironmentVariable"/> moves it to another day (yyyy-MM-dd), which
/// is how CI runs the <see cref="DateSensitive"/> tests again on awkward days (the first day of a financial year, a
/// bank holiday at the turn of the year, the last day of a quarter). The time of day is 10:00 on the UK clock.
/// </summary>
public static class TestToday
{
    public const string EnvironmentVariable = "COMPLAINTSHUB_TEST_TODAY";

    /// <summary>Trait name and value of the tests whose subject is "relative to today": <c>--filter Category=DateSensitive</c>.</summary>
    public const string Category = "Category";
    public const string DateSensitive = "DateSensitive";

    public static readonly DateOnly Named = new(2026, 11, 20);

    public static DateOnly Date { get; } = Read();

    /// <summary>
    /// 10:00 on <see cref="Named"/>, which never moves: for the known-answer tests whose dates and deadlines were worked
    /// out by hand for that day (a case received on Monday 16 November, acknowledgement due on 27 November…).
    /// </summary>
    public static readonly DateTimeOffset HandWorkedNow = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    /// <summary>10:00 on the UK clock on <see cref="Date"/>, as a UTC instant.</summary>
    public static DateTimeOffset Now => new(UkTime.ToUtc(Date.ToDateTime(new TimeOnly(10, 0))), TimeSpan.Zero);

    /// <summary>A clock standing at <see cref="Now"/>: it moves only when a test advances it.</summary>
    public static FakeTimeProvider NewClock() => new(Now);

    private static DateOnly Read()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value)) return Named;
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidOperationException($"{EnvironmentVariable} is \"{value}\": give a date as yyyy-MM-dd, e.g. 2027-04-01.");
    }
}
