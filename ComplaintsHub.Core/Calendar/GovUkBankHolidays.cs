using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Calendar;

/// <summary>Reads GOV.UK's <c>bank-holidays.json</c> (the england-and-wales division).</summary>
public static class GovUkBankHolidays
{
    public const string EnglandAndWales = "england-and-wales";

    /// <summary>
    /// The division's bank holidays. A file with anything wrong in it is refused as a whole, listing every problem by
    /// line: invalid JSON, an event that is not an object, a missing or mistyped title or date, a date not in the
    /// form yyyy-MM-dd or outside the years the calendar keeps, a title over its limit, a date listed twice.
    /// </summary>
    /// <param name="today">Today, for the years the calendar keeps; null skips that check.</param>
    public static IReadOnlyList<BankHoliday> Parse(string json, DateOnly? today = null, string division = EnglandAndWales)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            using var check = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0];
            throw new GovUkImportException($"The file is not valid JSON (line {(ex.LineNumber ?? 0) + 1}), so nothing was imported.",
                [new ImportProblem((int)(ex.LineNumber ?? 0) + 1, $"this is not valid JSON: {reason}")]);
        }

        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject || !FindProperty(ref reader, division) || reader.TokenType != JsonTokenType.StartObject
            || !FindProperty(ref reader, "events") || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new GovUkImportException($"The file has no \"{division}\" section with \"events\": is it GOV.UK's bank-holidays.json?", []);
        }

        var result = new List<BankHoliday>();
        var problems = new List<ImportProblem>();
        var firstLineOf = new Dictionary<DateOnly, int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            using var item = JsonDocument.ParseValue(ref reader);
            if (Read(item.RootElement, today) is not { } holiday)
            {
                problems.Add(new ImportProblem(line, WhatIsWrong(item.RootElement, today)!));
            }
            else if (!firstLineOf.TryAdd(holiday.Date, line))
            {
                problems.Add(new ImportProblem(line, $"{holiday.Date:yyyy-MM-dd} is listed twice (first on line {firstLineOf[holiday.Date]})."));
            }
            else
            {
                result.Add(holiday);
            }
        }

        if (problems.Count > 0)
        {
            throw new GovUkImportException(
                $"Nothing was imported: the file has {problems.Count} {(problems.Count == 1 ? "problem" : "problems")} in its \"{division}\" events.", problems);
        }

        return result;
    }

    private static BankHoliday? Read(JsonElement item, DateOnly? today) =>
        WhatIsWrong(item, today) is null
            ? new BankHoliday(DateOnly.ParseExact(item.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                InputText.CleanRequired(item.GetProperty("title").GetString()).Trim())
            : null;

    /// <summary>Why this event cannot be read, or null when it can.</summary>
    private static string? WhatIsWrong(JsonElement item, DateOnly? today)
    {
        if (item.ValueKind != JsonValueKind.Object) return $"each event must be an object with a \"title\" and a \"date\", not {Describe(item.ValueKind)}.";
        if (!item.TryGetProperty("title", out var title)) return "the event has no \"title\".";
        if (title.ValueKind != JsonValueKind.String) return $"\"title\" must be text, not {Describe(title.ValueKind)}.";
        var name = InputText.CleanRequired(title.GetString()).Trim();
        if (name.Length == 0) return "\"title\" is empty.";
        if (name.Length > TextLimits.Label) return TextLimits.TooLong("The title", TextLimits.Label, name.Length);
        if (!item.TryGetProperty("date", out var date)) return $"\"{name}\" has no \"date\".";
        if (date.ValueKind != JsonValueKind.String) return $"the \"date\" of \"{name}\" must be text in the form yyyy-MM-dd, not {Describe(date.ValueKind)}.";
        var text = date.GetString();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return $"the date \"{text}\" of \"{name}\" is not a date in the form yyyy-MM-dd.";
        }

        if (today is { } now && !PlausibleDates.IsCalendarDay(day, now))
        {
            return $"{text} is outside the years the calendar keeps ({PlausibleDates.CalendarRange(now)}).";
        }

        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "text",
    };

    /// <summary>Moves the reader, at the start of an object, onto the value of its property <paramref name="name"/>.</summary>
    private static bool FindProperty(ref Utf8JsonReader reader, string name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found) return true;
            reader.Skip();
        }

        return false;
    }

    /// <summary>Where each line of the file starts, as byte offsets.</summary>
    private static List<long> LineStarts(byte[] bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        }

        return starts;
    }

    /// <summary>The line (from 1) a byte offset is on.</summary>
    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>
    /// What to change so the calendar matches the file for every year it covers: closures for listed days the
    /// rules do not produce, and "not a holiday" for computed days the file leaves out. Existing adjustments
    /// that already say the same are left alone.
    /// </summary>
    public static CalendarImportPlan Plan(IReadOnlyList<BankHoliday> imported, IReadOnlyCollection<ICalendarAdjustment> existing)
    {
        var importedDates = imported.ToDictionary(h => h.Date, h => h.Name);
        var closuresToAdd = new List<BankHoliday>();
        var notHolidaysToAdd = new List<BankHoliday>();
        var adjustmentsToRemove = new List<ICalendarAdjustment>();

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
