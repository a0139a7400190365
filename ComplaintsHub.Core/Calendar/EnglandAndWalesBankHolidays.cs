namespace ComplaintsHub.Core.Calendar;

/// <summary>
/// The standard England and Wales bank holidays, computed for any year. One-off changes (a jubilee, a
/// state funeral, a moved spring holiday) are not rules and come from <see cref="ICalendarAdjustment"/>s.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    public static IReadOnlyList<BankHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        var list = new List<BankHoliday>
        {
            new(SubstituteIfWeekend(new DateOnly(year, 1, 1)), "New Year’s Day"),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), "Early May bank holiday"),
            new(LastMonday(year, 5), "Spring bank holiday"),
            new(LastMonday(year, 8), "Summer bank holiday"),
        };

        // Christmas and Boxing Day falling at a weekend are each moved two days on: that gives Monday for a
        // Saturday and, because the day after is then taken, Tuesday for a Sunday. The rule holds for both days.
        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = new DateOnly(year, 12, 26);
        list.Add(new(IsWeekend(christmas) ? christmas.AddDays(2) : christmas, "Christmas Day"));
        list.Add(new(IsWeekend(boxingDay) ? boxingDay.AddDays(2) : boxingDay, "Boxing Day"));
        return list;
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly SubstituteIfWeekend(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(1);
        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(-1);
        return date;
    }
}
