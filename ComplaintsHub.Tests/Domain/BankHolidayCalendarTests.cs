using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Tests.Domain;

public class BankHolidayCalendar
{
    /// <summary>The one-off changes of 2022 and 2023, as the complaints team would enter them.</summary>
    private static readonly WorkingDayCalendar CalendarWithOneOffs = new(new (DateOnly, CalendarAdjustmentKind, string)[]
    {
        (new(2022, 5, 30), CalendarAdjustmentKind.NotAHoliday, "Spring bank holiday moved to 2 June"),
        (new(2022, 6, 2), CalendarAdjustmentKind.Closure, "Spring bank holiday"),
        (new(2022, 6, 3), CalendarAdjustmentKind.Closure, "Platinum Jubilee bank holiday"),
        (new(2022, 9, 19), CalendarAdjustmentKind.Closure, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        (new(2023, 5, 8), CalendarAdjustmentKind.Closure, "Bank holiday for the coronation of King Charles III"),
    });

    // GOV.UK's published England and Wales lists.
    public static TheoryData<int, string[]> PublishedLists => new()
    {
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"] },
    };

    [Theory]
    [MemberData(nameof(PublishedLists))]
    public void MatchesThePublishedBankHolidaysForTheYear(int year, string[] expected)
    {
        var actual = CalendarWithOneOffs.NonWorkingWeekdaysIn(year).Select(d => d.Date.ToString("yyyy-MM-dd"));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(PublishedLists))]
    public void TreatsEveryPublishedBankHolidayAsANonWorkingDay(int year, string[] expected)
    {
        foreach (var date in expected.Select(DateOnly.Parse))
        {
            Assert.False(CalendarWithOneOffs.IsWorkingDay(date), $"{date} should not be a working day");
        }

        Assert.Equal(year, DateOnly.Parse(expected[0]).Year);
    }

    [Fact]
    public void MovedSpringHolidayIsAWorkingDayOnItsUsualDate()
    {
        Assert.True(CalendarWithOneOffs.IsWorkingDay(new DateOnly(2022, 5, 30)));
        Assert.False(WorkingDayCalendar.Standard.IsWorkingDay(new DateOnly(2022, 5, 30)));
    }

    [Theory]
    [InlineData(2010, "2010-12-27", "2010-12-28")] // Christmas Saturday, Boxing Day Sunday
    [InlineData(2011, "2011-12-27", "2011-12-26")] // Christmas Sunday: Christmas moves to the Tuesday
    [InlineData(2016, "2016-12-27", "2016-12-26")]
    [InlineData(2020, "2020-12-25", "2020-12-28")] // Boxing Day Saturday
    [InlineData(2021, "2021-12-27", "2021-12-28")]
    [InlineData(2032, "2032-12-27", "2032-12-28")]
    public void ChristmasAndBoxingDayAtAWeekendMoveToTheNextFreeWeekdays(int year, string christmas, string boxingDay)
    {
        var holidays = EnglandAndWalesBankHolidays.For(year).ToDictionary(h => h.Name, h => h.Date.ToString("yyyy-MM-dd"));

        Assert.Equal(christmas, holidays["Christmas Day"]);
        Assert.Equal(boxingDay, holidays["Boxing Day"]);
    }

    [Theory]
    [InlineData(2011, "2011-01-03")] // Saturday
    [InlineData(2017, "2017-01-02")] // Sunday
    [InlineData(2022, "2022-01-03")] // Saturday
    [InlineData(2023, "2023-01-02")] // Sunday
    [InlineData(2028, "2028-01-03")] // Saturday
    [InlineData(2026, "2026-01-01")] // Thursday: no substitute
    public void NewYearsDayAtAWeekendMovesToMonday(int year, string expected)
    {
        Assert.Equal(expected, EnglandAndWalesBankHolidays.For(year).Single(h => h.Name == "New Year’s Day").Date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")] // earliest possible
    public void EasterSundayIsComputedForAnyYear(int year, string expected)
    {
        Assert.Equal(expected, EnglandAndWalesBankHolidays.EasterSunday(year).ToString("yyyy-MM-dd"));
    }
}

public class WorkingDayArithmetic
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Standard;

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1 = Monday
    [InlineData("2026-11-21", 1, "2026-11-23")] // from a Saturday
    [InlineData("2026-11-16", 5, "2026-11-23")] // Monday + 5 = next Monday
    [InlineData("2026-12-22", 5, "2026-12-31")] // over Christmas Day and the Boxing Day substitute (28th)
    [InlineData("2026-12-29", 3, "2027-01-04")] // over New Year’s Day
    [InlineData("2026-04-01", 3, "2026-04-08")] // over Easter
    [InlineData("2026-11-20", 0, "2026-11-20")]
    public void AddsWorkingDaysSkippingWeekendsAndBankHolidays(string start, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), days));
    }

    [Fact]
    public void ClosureDaysAreSkippedToo()
    {
        var calendar = new WorkingDayCalendar(new[] { (new DateOnly(2026, 11, 24), CalendarAdjustmentKind.Closure, "Office move") });

        Assert.Equal(new DateOnly(2026, 11, 25), calendar.AddWorkingDays(new DateOnly(2026, 11, 23), 1));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 24)));
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-23", 1)]
    [InlineData("2026-11-16", "2026-11-30", 10)]
    [InlineData("2026-12-24", "2026-12-29", 1)]
    [InlineData("2026-11-23", "2026-11-20", -1)]
    [InlineData("2026-11-20", "2026-11-20", 0)]
    public void CountsWorkingDaysBetweenTwoDates(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void AddingThenCountingGivesTheSameNumber()
    {
        var start = new DateOnly(2025, 12, 19);
        for (var days = 0; days < 60; days++)
        {
            Assert.Equal(days, Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, days)));
        }
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-19", DueStatus.Overdue)]
    [InlineData("2026-11-20", "2026-11-20", DueStatus.DueSoon)]   // due today
    [InlineData("2026-11-20", "2026-11-24", DueStatus.DueSoon)]   // two working days away over a weekend
    [InlineData("2026-11-20", "2026-11-25", DueStatus.OnTrack)]   // three working days away
    [InlineData("2026-12-23", "2026-12-29", DueStatus.DueSoon)]   // Christmas days do not count
    public void DueStatusIsOverdueDueWithinTwoWorkingDaysOrOnTrack(string today, string due, DueStatus expected)
    {
        Assert.Equal(expected, Calendar.DueStatusOf(DateOnly.Parse(due), DateOnly.Parse(today)));
    }
}

public class UkClock
{
    [Theory]
    [InlineData("2026-03-29 00:30", "2026-03-29 00:30")] // still GMT
    [InlineData("2026-03-29 01:30", "2026-03-29 01:30")] // the skipped hour: read as 02:30 BST
    [InlineData("2026-07-01 09:00", "2026-07-01 08:00")] // BST
    [InlineData("2026-12-01 09:00", "2026-12-01 09:00")] // GMT
    public void UkWallClockTimesConvertToUtcEvenInTheHourTheClocksSkip(string uk, string utc)
    {
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), UkTime.ToUtc(DateTime.Parse(uk, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
