using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Domain;

public class GovUkBankHolidayImport
{
    internal const string Sample2022 = """
        {
          "england-and-wales": {
            "division": "england-and-wales",
            "events": [
              { "title": "New Year’s Day", "date": "2022-01-03", "notes": "Substitute day", "bunting": true },
              { "title": "Good Friday", "date": "2022-04-15", "notes": "", "bunting": false },
              { "title": "Easter Monday", "date": "2022-04-18", "notes": "", "bunting": true },
              { "title": "Early May bank holiday", "date": "2022-05-02", "notes": "", "bunting": true },
              { "title": "Spring bank holiday", "date": "2022-06-02", "notes": "", "bunting": true },
              { "title": "Platinum Jubilee bank holiday", "date": "2022-06-03", "notes": "", "bunting": true },
              { "title": "Summer bank holiday", "date": "2022-08-29", "notes": "", "bunting": true },
              { "title": "Bank Holiday for the State Funeral of Queen Elizabeth II", "date": "2022-09-19", "notes": "", "bunting": false },
              { "title": "Boxing Day", "date": "2022-12-26", "notes": "", "bunting": true },
              { "title": "Christmas Day", "date": "2022-12-27", "notes": "Substitute day", "bunting": true }
            ]
          },
          "scotland": { "division": "scotland", "events": [ { "title": "2nd January", "date": "2022-01-04", "notes": "", "bunting": true } ] }
        }
        """;

    [Fact]
    public void ReadsOnlyTheEnglandAndWalesDivision()
    {
        var holidays = GovUkBankHolidays.Parse(Sample2022);

        Assert.Equal(10, holidays.Count);
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(2022, 1, 4));
    }

    [Fact]
    public void PlansTheOneOffDaysAndTheMovedSpringHoliday()
    {
        var plan = GovUkBankHolidays.Plan(GovUkBankHolidays.Parse(Sample2022), []);

        Assert.Equal(["2022-06-02", "2022-06-03", "2022-09-19"], plan.ClosuresToAdd.Select(c => c.Date.ToString("yyyy-MM-dd")));
        Assert.Equal(["2022-05-30"], plan.NotHolidaysToAdd.Select(c => c.Date.ToString("yyyy-MM-dd")));
        Assert.Empty(plan.AdjustmentsToRemove);
    }

    [Fact]
    public void ApplyingThePlanMakesTheCalendarMatchTheFile()
    {
        var plan = GovUkBankHolidays.Plan(GovUkBankHolidays.Parse(Sample2022), []);
        var calendar = new WorkingDayCalendar(
            plan.ClosuresToAdd.Select(c => (c.Date, CalendarAdjustmentKind.Closure, c.Name))
                .Concat(plan.NotHolidaysToAdd.Select(c => (c.Date, CalendarAdjustmentKind.NotAHoliday, c.Name))));

        Assert.Equal(GovUkBankHolidays.Parse(Sample2022).Select(h => h.Date), calendar.NonWorkingWeekdaysIn(2022).Select(d => d.Date));
    }

    [Fact]
    public void ImportingTheSameFileAgainPlansNothing()
    {
        var imported = GovUkBankHolidays.Parse(Sample2022);
        var first = GovUkBankHolidays.Plan(imported, []);
        var existing = first.ClosuresToAdd.Select(c => new CalendarAdjustment(c.Date, CalendarAdjustmentKind.Closure, c.Name, null, TestToday.Now.UtcDateTime))
            .Concat(first.NotHolidaysToAdd.Select(c => new CalendarAdjustment(c.Date, CalendarAdjustmentKind.NotAHoliday, c.Name, null, TestToday.Now.UtcDateTime)))
            .ToList();

        Assert.True(GovUkBankHolidays.Plan(imported, existing).IsEmpty);
    }

    [Fact]
    public void RefusesAFileThatIsNotJson()
    {
        var error = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse("<html>not json</html>"));

        Assert.StartsWith("The file is not valid JSON", error.Message);
        Assert.Equal(1, Assert.Single(error.Problems).Line);
    }

    [Fact]
    public void RefusesAFileWithoutTheEnglandAndWalesDivision()
    {
        var error = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse("""{ "scotland": { "events": [] } }"""));

        Assert.Equal("The file has no \"england-and-wales\" section with \"events\": is it GOV.UK's bank-holidays.json?", error.Message);
    }

    [Fact]
    public void RefusesAnEventWithABadDate()
    {
        var error = Assert.Throws<GovUkImportException>(() => GovUkBankHolidays.Parse("""{ "england-and-wales": { "events": [ { "title": "Odd", "date": "03/06/2022" } ] } }"""));

        Assert.Equal("Line 1: the date \"03/06/2022\" of \"Odd\" is not a date in the form yyyy-MM-dd.", Assert.Single(error.Problems).ToString());
    }
}
