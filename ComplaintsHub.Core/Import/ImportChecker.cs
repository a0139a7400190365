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

    /// <summary>
    /// The fields the import brings in. A field added to <see cref="ImportField"/> later stays refused (not read and
    /// left out) until it is added here.
    /// </summary>
    public static IReadOnlySet<ImportField> Imported { get; } = new HashSet<ImportField>
    {
        ImportField.Reference, ImportField.ReceivedDate, ImportField.ServiceArea, ImportField.Subject, ImportField.Category, ImportField.Channel,
        ImportField.ComplainantName, ImportField.ComplainantPhone, ImportField.ComplainantEmail, ImportField.ComplainantPostcode, ImportField.Description,
        ImportField.Stage, ImportField.Acknowledged, ImportField.Responded, ImportField.Outcome, ImportField.Escalated, ImportField.Closed,
        ImportField.Officer, ImportField.RootCause, ImportField.LessonLearnt, ImportField.Stage2Responded, ImportField.Stage2Outcome,
    };

    private static readonly ImportField[] ComplainantContactFields = [ImportField.ComplainantPhone, ImportField.ComplainantEmail, ImportField.ComplainantPostcode];

    private static readonly ImportField[] DateFields =
        [ImportField.ReceivedDate, ImportField.Acknowledged, ImportField.Responded, ImportField.Escalated, ImportField.Closed, ImportField.Stage2Responded];

    /// <param name="choices">Our active service areas (with their subjects), categories and staff, as the file may name them after mapping.</param>
    public static ImportCheckResult Check(ImportTable table, ImportMapping mapping, ImportChoices choices, DateOnly today)
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
        if (ComplainantContactFields.Any(mapping.Columns.ContainsKey) && !mapping.Columns.ContainsKey(ImportField.ComplainantName))
            problems.Add(new ImportRowProblem(1, "", $"No column is mapped to {Label(ImportField.ComplainantName)}, whom the phone, email and postcode belong to."));
        if (problems.Count > 0) return new ImportCheckResult(table.Rows.Count, problems, new Dictionary<ImportField, IReadOnlyList<string>>());

        var unmapped = new Dictionary<ImportField, SortedSet<string>>();
        var firstRowOfReference = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        foreach (var row in table.Rows)
        {
            string Value(ImportField field) => index.TryGetValue(field, out var i) ? row.Cell(i).Trim() : "";
            void Problem(ImportField field, string reason) => problems.Add(new ImportRowProblem(row.Number, table.Columns[index[field]], reason));

            var formulas = new HashSet<ImportField>();
            var tooLong = new HashSet<ImportField>();
            foreach (var field in index.Keys)
            {
                var value = Value(field);
                if (LooksLikeFormula(value))
                {
                    Problem(field, "This is a spreadsheet formula, not a value: paste the value it shows instead.");
                    formulas.Add(field);
                    continue;
                }
                if (TextLimits.IsOver(value, Limit(field)))
                {
                    Problem(field, TextLimits.TooLong(Label(field), Limit(field), value.Length));
                    tooLong.Add(field);
                }
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

            ImportArea? area = null;
            var areaText = Value(ImportField.ServiceArea);
            if (areaText.Length > 0 && !formulas.Contains(ImportField.ServiceArea))
            {
                area = choices.Area(ImportMapping.Translate(mapping.ServiceAreas, areaText) ?? areaText);
                if (area is null)
                {
                    Problem(ImportField.ServiceArea, $"There is no service area \"{areaText}\": add it, or map it to one of ours.");
                    Note(unmapped, ImportField.ServiceArea, areaText);
                }
            }

            // A subject belongs to its area: with no area known there is nothing to look it up in, and the area is reported already.
            if (area is not null && Usable(ImportField.Subject) is { } subject && area.Subject(subject) is null)
            {
                Problem(ImportField.Subject, $"{area.Name} has no subject \"{subject}\": add it to the service area, or correct the file.");
                Note(unmapped, ImportField.Subject, subject);
            }
            if (Usable(ImportField.Category) is { } category && choices.Category(category) is null)
            {
                Problem(ImportField.Category, $"There is no category \"{category}\": add it, or correct the file.");
                Note(unmapped, ImportField.Category, category);
            }
            if (Usable(ImportField.Officer) is { } officer)
            {
                var staff = choices.Staff(officer);
                if (staff.Count == 0)
                {
                    Problem(ImportField.Officer, $"There is no member of staff \"{officer}\": add them under Staff access (by the email address they sign in with), or correct the file.");
                    Note(unmapped, ImportField.Officer, officer);
                }
                else if (staff.Count > 1) Problem(ImportField.Officer, $"{staff.Count} members of staff are called \"{officer}\": give the email address of the one who had the case.");
                else if (!staff[0].IsActive && Value(ImportField.Closed).Length == 0)
                    Problem(ImportField.Officer, $"{staff[0].DisplayName}'s access is switched off: a case that is still open needs an officer who can work on it.");
            }

            CheckComplainant();
            // The aggregate acknowledges such a case only with the date agreed with the complainant, which no old list holds.
            if (area is { ResponseDateAgreed: true } && (Value(ImportField.Acknowledged).Length > 0 || Value(ImportField.Responded).Length > 0))
                Problem(Value(ImportField.Acknowledged).Length > 0 ? ImportField.Acknowledged : ImportField.Responded,
                    $"{area.Name} follows the {area.ProcedureName} procedure, whose response date is agreed with the complainant: the import cannot bring that date in, so leave Acknowledged and Responded empty and acknowledge the case on its page.");

            // One root cause and lesson serve an upheld response at either stage, so they are asked for once.
            var upheldAt = new[] { ImportField.Outcome, ImportField.Stage2Outcome }
                .Where(field => CheckChoice<Outcome>(field, mapping.Outcomes) is { } outcome && outcome.NeedsRootCauseAndLesson()).ToList();
            if (upheldAt.Count > 0)
            {
                // The case itself refuses an upheld response without these: say so now, by row, rather than at import.
                foreach (var field in new[] { ImportField.RootCause, ImportField.LessonLearnt })
                {
                    if (!index.ContainsKey(field)) Problem(upheldAt[0], $"No column is mapped to {Label(field)}, which an upheld or partly upheld complaint needs.");
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

            if (dates.TryGetValue(ImportField.Closed, out var closed) && dates.TryGetValue(ImportField.Responded, out var answered) && closed < answered)
                Problem(ImportField.Closed, $"Closed {closed:dd/MM/yyyy} is before responded, {answered:dd/MM/yyyy}.");
            CheckStage(dates);

            string? Usable(ImportField field)
            {
                var value = Value(field);
                // A formula or over-long value is reported once, as that, not again as an unknown name.
                return value.Length == 0 || formulas.Contains(field) || tooLong.Contains(field) ? null : value;
            }

            void CheckComplainant()
            {
                if (Usable(ImportField.ComplainantPhone) is { } phone && !ContactDetails.IsPhoneNumber(phone))
                    Problem(ImportField.ComplainantPhone, $"\"{phone}\" is not a UK phone number: it needs 10 or 11 digits.");
                if (Usable(ImportField.ComplainantEmail) is { } email && !ContactDetails.IsEmail(email))
                    Problem(ImportField.ComplainantEmail, $"\"{email}\" is not an email address (it needs an @ and a domain).");
                if (Usable(ImportField.ComplainantPostcode) is { } postcode && !ContactDetails.IsUkPostcode(postcode))
                    Problem(ImportField.ComplainantPostcode, $"\"{postcode}\" is not a UK postcode, e.g. AB1 2CD.");
                var given = ComplainantContactFields.Where(f => Value(f).Length > 0).ToList();
                if (given.Count > 0 && Value(ImportField.ComplainantName).Length == 0 && !formulas.Contains(ImportField.ComplainantName))
                    Problem(ImportField.ComplainantName, $"{Label(ImportField.ComplainantName)} is empty: the {Label(given[0]).ToLowerInvariant()} needs the person it belongs to.");
            }

            void CheckStage(Dictionary<ImportField, DateOnly> dates)
            {
                int? stage = null;
                if (Usable(ImportField.Stage) is { } stageText)
                {
                    if (!TryParseStage(stageText, out var number)) Problem(ImportField.Stage, $"\"{stageText}\" is not a stage: write 1 or 2.");
                    else if (number > 2) Problem(ImportField.Stage, $"The import brings cases in at Stage 1 or 2: a case at Stage {number} must be taken through its stages on the case page.");
                    else stage = number;
                }
                var escalatedText = Value(ImportField.Escalated);
                var escalated = dates.TryGetValue(ImportField.Escalated, out var on) ? on : (DateOnly?)null;
                if (stage == 2 && escalatedText.Length == 0)
                    Problem(ImportField.Stage, index.ContainsKey(ImportField.Escalated)
                        ? "Escalated is empty: a case at Stage 2 needs the date it was escalated."
                        : $"No column is mapped to {Label(ImportField.Escalated)}, which a case at Stage 2 needs.");
                if (stage == 1 && escalatedText.Length > 0)
                    Problem(ImportField.Escalated, "The case is at Stage 1 but has a date escalated: an escalated case is at Stage 2.");
                CheckStage2Response(dates, escalatedText.Length > 0);
                if (escalatedText.Length == 0 || stage == 1) return;

                if (area is { StageCount: < 2 })
                    Problem(index.ContainsKey(ImportField.Stage) ? ImportField.Stage : ImportField.Escalated,
                        $"{area.Name} follows the {area.ProcedureName} procedure, which has one stage: its cases are not escalated.");
                if (Value(ImportField.Responded).Length == 0)
                    Problem(ImportField.Escalated, "The case is escalated but has no date responded: Stage 1 is answered before a case is escalated.");
                else if (escalated is { } up && dates.TryGetValue(ImportField.Responded, out var stage1) && up < stage1)
                    Problem(ImportField.Escalated, $"Escalated {up:dd/MM/yyyy} is before the Stage 1 response, {stage1:dd/MM/yyyy}.");
                if (Value(ImportField.Closed).Length > 0 && Value(ImportField.Stage2Responded).Length == 0)
                    Problem(ImportField.Closed, index.ContainsKey(ImportField.Stage2Responded)
                        ? "An escalated case is closed after its Stage 2 response: give its Stage 2 responded date, or leave Closed empty and record the response on the case."
                        : $"An escalated case is closed after its Stage 2 response: map a column to {Label(ImportField.Stage2Responded)} and give its date, or leave Closed empty and record the response on the case.");
            }

            void CheckStage2Response(Dictionary<ImportField, DateOnly> dates, bool escalated)
            {
                var answeredText = Value(ImportField.Stage2Responded);
                var outcomeText = Value(ImportField.Stage2Outcome);
                if (answeredText.Length == 0)
                {
                    if (outcomeText.Length > 0)
                        Problem(ImportField.Stage2Outcome, "Stage 2 outcome is given but Stage 2 responded is empty: give the date Stage 2 was answered, or leave the outcome empty.");
                    return;
                }
                if (!escalated)
                    Problem(ImportField.Stage2Responded, "Stage 2 responded is given but the case has no date escalated: only an escalated case is answered at Stage 2.");
                if (!index.ContainsKey(ImportField.Stage2Outcome))
                    Problem(ImportField.Stage2Responded, $"No column is mapped to {Label(ImportField.Stage2Outcome)}, which a case answered at Stage 2 needs.");
                else if (outcomeText.Length == 0)
                    Problem(ImportField.Stage2Outcome, "Stage 2 outcome is empty: a case answered at Stage 2 needs one.");
                if (!dates.TryGetValue(ImportField.Stage2Responded, out var answered)) return;
                if (dates.TryGetValue(ImportField.Escalated, out var up) && answered < up)
                    Problem(ImportField.Stage2Responded, $"Stage 2 responded {answered:dd/MM/yyyy} is before escalated, {up:dd/MM/yyyy}.");
                if (dates.TryGetValue(ImportField.Closed, out var closed) && closed < answered)
                    Problem(ImportField.Closed, $"Closed {closed:dd/MM/yyyy} is before Stage 2 responded, {answered:dd/MM/yyyy}.");
            }

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

    /// <summary>A stage as an old list writes it: "2", "Stage 2" or "stage2".</summary>
    public static bool TryParseStage(string text, out int stage)
    {
        var digits = text.Trim();
        if (digits.StartsWith("stage", StringComparison.OrdinalIgnoreCase)) digits = digits[5..].Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out stage) && stage >= 1;
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
        ImportField.Stage2Responded => "Stage 2 responded",
        ImportField.Stage2Outcome => "Stage 2 outcome",
        _ => field.ToString(),
    };

    private static int Limit(ImportField field) => field switch
    {
        ImportField.Reference => TextLimits.Reference,
        ImportField.ServiceArea or ImportField.Subject or ImportField.Category => TextLimits.SetupName,
        ImportField.ComplainantName => TextLimits.Name,
        // An officer is named by display name or by the email address they sign in with.
        ImportField.Officer => TextLimits.Email,
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
