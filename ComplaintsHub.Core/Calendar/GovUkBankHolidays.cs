using System.Text.Json;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Calendar;

/// <summary>Reads GOV.UK's <c>bank-holidays.json</c> (the england-and-wales division).</summary>
public static class GovUkBankHolidays
{
    public const string EnglandAndWales = "england-and-wales";

    public static IReadOnlyList<BankHoliday> Parse(string json, string division = EnglandAndWales)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new DomainException($"The file is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(division, out var section)
                || !section.TryGetProperty("events", out var events)
                || events.ValueKind != JsonValueKind.Array)
            {
                throw new DomainException($"The file has no \"{division}\" section with \"events\": is it GOV.UK's bank-holidays.json?");
            }

            var result = new List<BankHoliday>();
            foreach (var item in events.EnumerateArray())
            {
                var dateText = item.TryGetProperty("date", out var d) ? d.GetString() : null;
                var title = item.TryGetProperty("title", out var t) ? t.GetString() : null;
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var date))
                {
                    throw new DomainException($"Event \"{title}\" has a date \"{dateText}\" that is not in the form yyyy-MM-dd.");
                }

                result.Add(new BankHoliday(date, string.IsNullOrWhiteSpace(title) ? "Bank holiday" : title.Trim()));
            }

            return result;
        }
    }

    /// <summary>
    /// What to change so the calendar matches the file for every year it covers: closures for listed days the
    /// rules do not produce, and "not a holiday" for computed days the file leaves out. Existing adjustments
    /// that already say the same are left alone.
    /// </summary>
    public static CalendarImportPlan Plan(IReadOnlyList<BankHoliday> imported, IReadOnlyCollection<CalendarAdjustment> existing)
    {
        var importedDates = imported.ToDictionary(h => h.Date, h => h.Name);
        var closuresToAdd = new List<BankHoliday>();
        var notHolidaysToAdd = new List<BankHoliday>();
        var adjustmentsToRemove = new List<CalendarAdjustment>();

        foreach (var year in imported.Select(h => h.Date.Year).Distinct().Order())
        {
            var computed = EnglandAndWalesBankHolidays.For(year).ToDictionary(h => h.Date, h => h.Name);
            var existingThisYear = existing.Where(a => a.Date.Year == year).ToList();

            foreach (var (date, name) in importedDates.Where(i => i.Key.Year == year))
            {
                if (!computed.ContainsKey(date) && existingThisYear.All(a => a.Date != date || a.Kind != CalendarAdjustmentKind.Closure))
                {
                    closuresToAdd.Add(new BankHoliday(date, name));
                }

                // A computed holiday the file lists is a holiday: an old "not a holiday" for it is now wrong.
                adjustmentsToRemove.AddRange(existingThisYear.Where(a => a.Date == date && a.Kind == CalendarAdjustmentKind.NotAHoliday));
            }

            foreach (var (date, name) in computed.Where(c => !importedDates.ContainsKey(c.Key)))
            {
                if (existingThisYear.All(a => a.Date != date || a.Kind != CalendarAdjustmentKind.NotAHoliday))
                {
                    notHolidaysToAdd.Add(new BankHoliday(date, $"{name} (not a bank holiday in {year})"));
                }
            }
        }

        return new CalendarImportPlan(closuresToAdd, notHolidaysToAdd, adjustmentsToRemove);
    }
}

public sealed record CalendarImportPlan(
    IReadOnlyList<BankHoliday> ClosuresToAdd,
    IReadOnlyList<BankHoliday> NotHolidaysToAdd,
    IReadOnlyList<CalendarAdjustment> AdjustmentsToRemove)
{
    public bool IsEmpty => ClosuresToAdd.Count == 0 && NotHolidaysToAdd.Count == 0 && AdjustmentsToRemove.Count == 0;
}
