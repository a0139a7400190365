using System.Globalization;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// The dry run's rules, over rows already read: it changes nothing and reports every problem it finds, not only the
/// first, so the council can put the whole file right in one go.
/// </summary>
public static class ImportChecker
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "d/M/yyyy", "d/M/yyyy HH:mm", "d/M/yyyy H:mm", "d/M/yyyy HH:mm:ss"];

    /// <summary>The fields the import brings in today; the others can be named in a mapping but not yet imported.</summary>
    public static IReadOnlySet<ImportField> Imported { get; } = new HashSet<ImportField>
    {
        ImportField.Reference, ImportField.ReceivedDate, ImportField.ServiceArea, ImportField.Channel, ImportField.Description,
        ImportField.Acknowledged, ImportField.Responded, ImportField.Outcome, ImportField.Closed, ImportField.RootCause, ImportField.LessonLearnt,
    };

    private static readonly ImportField[] DateFields =
        [ImportField.ReceivedDate, ImportField.Acknowledged, ImportField.Responded, ImportField.Escalated, ImportField.Closed];

    /// <param name="areaNames">Our active service areas' names and codes, as the file may name them after mapping.</param>
    public static ImportCheckResult Check(ImportTable table, ImportMapping mapping, IReadOnlyCollection<string> areaNames, DateOnly today)
    {
        var problems = new List<ImportRowProblem>();
        var index = new Dictionary<ImportField, int>();
        foreach (var field in ImportMapping.Required.Where(f => !mapping.Columns.ContainsKey(f)))
            problems.Add(new ImportRowProblem(1, "", $"No column is mapped to {Label(field)}, which every case needs."));
        foreach (var (field, column) in mapping.Columns)
        {
            if (!Imported.Contains(field))
            {
                // Refused rather than read and left out: a mapped column whose values went nowhere would be lost silently.
                problems.Add(new ImportRowProblem(1, column, $"{Label(field)} cannot be imported yet: leave the column \"{column}\" unmapped."));
                continue;
            }
            var at = table.IndexOf(column);
            if (at < 0) problems.Add(new ImportRowProblem(1, column, $"The file has no column \"{column}\" (mapped to {Label(field)})."));
            else index[field] = at;
        }
        if (problems.Count > 0) return new ImportCheckResult(table.Rows.Count, problems, new Dictionary<ImportField, IReadOnlyList<string>>());

        var areas = new HashSet<string>(areaNames.Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);
        var unmapped = new Dictionary<ImportField, SortedSet<string>>();
        var firstRowOfReference = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        foreach (var row in table.Rows)
        {
            string Value(ImportField field) => index.TryGetValue(field, out var i) ? row.Cell(i).Trim() : "";
            void Problem(ImportField field, string reason) => problems.Add(new ImportRowProblem(row.Number, table.Columns[index[field]], reason));

            var formulas = new HashSet<ImportField>();
            foreach (var field in index.Keys)
            {
                var value = Value(field);
                if (LooksLikeFormula(value))
                {
                    Problem(field, "This is a spreadsheet formula, not a value: paste the value it shows instead.");
                    formulas.Add(field);
                    continue;
                }
                if (TextLimits.IsOver(value, Limit(field))) Problem(field, TextLimits.TooLong(Label(field), Limit(field), value.Length));
            }

            foreach (var field in ImportMapping.Required.Where(f => !formulas.Contains(f) && Value(f).Length == 0))
                Problem(field, $"{Label(field)} is empty: every case needs it.");

            var reference = Value(ImportField.Reference);
            if (reference.Length > 0 && !formulas.Contains(ImportField.Reference))
            {
                if (firstRowOfReference.TryGetValue(reference, out var first))
                    Problem(ImportField.Reference, $"The reference {reference} is also on row {first}: each case must have its own.");
                else firstRowOfReference[reference] = row.Number;
            }

            var area = Value(ImportField.ServiceArea);
            if (area.Length > 0 && !formulas.Contains(ImportField.ServiceArea))
            {
                var ours = ImportMapping.Translate(mapping.ServiceAreas, area) ?? area;
                if (!areas.Contains(ours))
                {
                    Problem(ImportField.ServiceArea, $"There is no service area \"{area}\": add it, or map it to one of ours.");
                    Note(unmapped, ImportField.ServiceArea, area);
                }
            }

            if (CheckChoice<Outcome>(ImportField.Outcome, mapping.Outcomes) is Outcome.Upheld or Outcome.PartlyUpheld)
            {
                // The case itself refuses an upheld response without these: say so now, by row, rather than at import.
                foreach (var field in new[] { ImportField.RootCause, ImportField.LessonLearnt })
                {
                    if (!index.ContainsKey(field)) Problem(ImportField.Outcome, $"No column is mapped to {Label(field)}, which an upheld or partly upheld complaint needs.");
                    else if (Value(field).Length == 0 && !formulas.Contains(field)) Problem(field, $"{Label(field)} is empty: an upheld or partly upheld complaint needs it.");
                }
            }
            CheckChoice<Channel>(ImportField.Channel, mapping.Channels);

            var dates = new Dictionary<ImportField, DateOnly>();
            foreach (var field in DateFields.Where(f => index.ContainsKey(f) && !formulas.Contains(f)))
            {
                var text = Value(field);
                if (text.Length == 0) continue;
                if (!TryParseDate(text, out var date)) Problem(field, $"\"{text}\" is not a date: write it as 31/12/2025 or 2025-12-31.");
                else if (date > today) Problem(field, $"{Label(field)} {date:dd/MM/yyyy} is in the future.");
                else if (date < PlausibleDates.Earliest) Problem(field, $"{Label(field)} {date:dd/MM/yyyy} is before {PlausibleDates.Earliest.Year}.");
                else dates[field] = date;
            }
            if (dates.TryGetValue(ImportField.ReceivedDate, out var received))
                foreach (var (field, date) in dates.Where(d => d.Key != ImportField.ReceivedDate && d.Value < received))
                    Problem(field, $"{Label(field)} {date:dd/MM/yyyy} is before the date received, {received:dd/MM/yyyy}.");
            if (dates.TryGetValue(ImportField.Responded, out var responded) && dates.TryGetValue(ImportField.Acknowledged, out var acknowledged) && responded < acknowledged)
                Problem(ImportField.Responded, $"Responded {responded:dd/MM/yyyy} is before acknowledged, {acknowledged:dd/MM/yyyy}.");
            if (dates.ContainsKey(ImportField.Responded) && index.ContainsKey(ImportField.Outcome) && Value(ImportField.Outcome).Length == 0)
                Problem(ImportField.Outcome, "Outcome is empty: a case that was responded to needs one.");
            if (dates.ContainsKey(ImportField.Closed) && !dates.ContainsKey(ImportField.Responded) && Value(ImportField.Responded).Length == 0)
                Problem(ImportField.Closed, "The case is closed but has no date responded: a complaint is closed after its response.");

            T? CheckChoice<T>(ImportField field, IReadOnlyDictionary<string, string>? map) where T : struct, Enum
            {
                var value = Value(field);
                if (value.Length == 0 || formulas.Contains(field)) return null;
                var ours = ImportMapping.Translate(map, value) ?? value;
                if (TryParseChoice<T>(ours, out var choice)) return choice;
                Problem(field, $"\"{value}\" is not one of our {Label(field).ToLowerInvariant()}s: map it to one of {string.Join(", ", Enum.GetNames<T>())}.");
                Note(unmapped, field, value);
                return null;
            }
        }

        return new ImportCheckResult(
            table.Rows.Count,
            problems,
            unmapped.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value.ToList()));
    }

    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var at))
        {
            date = DateOnly.FromDateTime(at);
            return true;
        }
        date = default;
        return false;
    }

    public static bool TryParseChoice<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text.Replace(" ", "").Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);

    /// <summary>
    /// Text a spreadsheet would run as a formula when the data is opened again: refused rather than stored, since it
    /// would be carried into exports. A minus or plus sign followed by a digit is a number, not a formula.
    /// </summary>
    public static bool LooksLikeFormula(string value) =>
        value.Length > 1 && (value[0] == '=' || value[0] == '@'
            || ((value[0] == '+' || value[0] == '-') && !char.IsDigit(value[1]) && value[1] != ' '));

    public static string Label(ImportField field) => field switch
    {
        ImportField.Reference => "Reference",
        ImportField.ReceivedDate => "Date received",
        ImportField.ServiceArea => "Service area",
        ImportField.Subject => "Subject",
        ImportField.Category => "Category",
        ImportField.Channel => "Channel",
        ImportField.ComplainantName => "Complainant's name",
        ImportField.ComplainantPhone => "Phone",
        ImportField.ComplainantEmail => "Email",
        ImportField.ComplainantPostcode => "Postcode",
        ImportField.Description => "Description",
        ImportField.Stage => "Stage",
        ImportField.Acknowledged => "Acknowledged",
        ImportField.Responded => "Responded",
        ImportField.Outcome => "Outcome",
        ImportField.Escalated => "Escalated",
        ImportField.Closed => "Closed",
        ImportField.Officer => "Officer",
        ImportField.RootCause => "Root cause",
        ImportField.LessonLearnt => "Lesson learnt",
        _ => field.ToString(),
    };

    private static int Limit(ImportField field) => field switch
    {
        ImportField.Reference => TextLimits.Reference,
        ImportField.ServiceArea or ImportField.Subject or ImportField.Category => TextLimits.SetupName,
        ImportField.ComplainantName or ImportField.Officer => TextLimits.Name,
        ImportField.ComplainantPhone => TextLimits.Phone,
        ImportField.ComplainantEmail => TextLimits.Email,
        ImportField.ComplainantPostcode => TextLimits.Postcode,
        ImportField.Description or ImportField.RootCause or ImportField.LessonLearnt => TextLimits.Notes,
        _ => TextLimits.Label,
    };

    private static void Note(Dictionary<ImportField, SortedSet<string>> unmapped, ImportField field, string value)
    {
        if (!unmapped.TryGetValue(field, out var values)) unmapped[field] = values = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        values.Add(value);
    }
}
