using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Import;

/// <summary>
/// A generated copy of a council's old complaints list, as a SharePoint export would give it: their own column names,
/// their own words for areas, outcomes and channels, and (when asked) rows broken in each way the dry run must catch.
/// Every broken row's problem is recorded as the exact problem the dry run must report.
/// </summary>
public sealed class OldList
{
    public static readonly string[] Headings = ["Ref", "Date Received", "Department", "Details", "Customer Name", "How received", "Date Acknowledged", "Date Responded", "Outcome", "Root cause", "Lesson"];

    public static ImportMapping Mapping { get; } = new(
        new Dictionary<ImportField, string>
        {
            [ImportField.Reference] = "Ref",
            [ImportField.ReceivedDate] = "Date Received",
            [ImportField.ServiceArea] = "Department",
            [ImportField.Description] = "Details",
            [ImportField.Channel] = "How received",
            [ImportField.Acknowledged] = "Date Acknowledged",
            [ImportField.Responded] = "Date Responded",
            [ImportField.Outcome] = "Outcome",
            [ImportField.RootCause] = "Root cause",
            [ImportField.LessonLearnt] = "Lesson",
        },
        ServiceAreas: new Dictionary<string, string> { ["Bins"] = "Waste", ["Council Housing"] = "Housing" },
        Outcomes: new Dictionary<string, string> { ["Partially upheld"] = "PartlyUpheld", ["Not upheld"] = "NotUpheld" },
        Channels: new Dictionary<string, string> { ["Telephone"] = "Phone", ["E-mail"] = "Email" });

    /// <summary>Our service areas (Adult social care's procedure has one stage, its response date agreed with the complainant), subjects, categories and staff, as the dry run is given them.</summary>
    public static ImportChoices OurChoices { get; } = new(
        [
            new ImportArea(1, "Waste", "WST", 1, "Corporate", 2, ImportChoices.Subjects([(11, "Missed collection"), (12, "Bulky waste")])),
            new ImportArea(2, "Housing", "HSG", 2, "Housing", 2, ImportChoices.Subjects([(21, "Repairs")])),
            new ImportArea(3, "Parking", "PKG", 1, "Corporate", 2, ImportChoices.Subjects([])),
            new ImportArea(4, "Adult social care", "ASC", 3, "Adult social care", 1, ImportChoices.Subjects([(41, "Home care")]), ResponseDateAgreed: true),
        ],
        [(1, "Delay"), (2, "Staff conduct")],
        [
            new ImportStaffMember(new Guid("00000000-0000-0000-0000-00000000000a"), "Mark Ellis", "mark.ellis@ashbury.example"),
            new ImportStaffMember(new Guid("00000000-0000-0000-0000-00000000000b"), "Sam Jones", "sam.jones@ashbury.example"),
            new ImportStaffMember(new Guid("00000000-0000-0000-0000-00000000000c"), "Sam Jones", "sam.jones2@ashbury.example"),
            new ImportStaffMember(new Guid("00000000-0000-0000-0000-00000000000d"), "Priya Shah", "priya.shah@ashbury.example", IsActive: false),
        ]);

    private static readonly string[] TheirAreas = ["Bins", "Council Housing", "Parking"];
    private static readonly string[] TheirOutcomes = ["Upheld", "Partially upheld", "Not upheld"];
    private static readonly string[] TheirChannels = ["Telephone", "E-mail", "Letter"];

    private OldList(List<Entry> entries, List<ImportRowProblem> expected)
    {
        Entries = entries;
        ExpectedProblems = expected;
    }

    public IReadOnlyList<Entry> Entries { get; }
    public IReadOnlyList<ImportRowProblem> ExpectedProblems { get; }

    /// <summary>One case as the old list holds it; dates are null where the cell is empty, text where it is not a date.</summary>
    public sealed record Entry(string Ref, string Received, string Department, string Details, string Customer, string Channel, string Acknowledged, string Responded, string Outcome, string RootCause = "Crew missed the street", string Lesson = "Route sheets checked weekly")
    {
        public string[] Cells => [Ref, Received, Department, Details, Customer, Channel, Acknowledged, Responded, Outcome, RootCause, Lesson];
    }

    /// <summary><paramref name="rows"/> cases; with <paramref name="broken"/>, seven kinds of fault, three rows each.</summary>
    public static OldList Generate(int rows, bool broken)
    {
        var today = TestToday.Date;
        var entries = new List<Entry>();
        var expected = new List<ImportRowProblem>();
        for (var i = 0; i < rows; i++)
        {
            var received = today.AddDays(-(30 + i % 600));
            var responded = i % 4 == 0 ? "" : Iso(received.AddDays(15));
            // Some details hold what a CSV must quote: commas, quotes and a line break.
            var details = i % 7 == 0 ? $"Missed collection, again.\nSaid \"third time\" (case {i})" : $"Complaint {i} about the service";
            var entry = new Entry($"SP-{1000 + i}", Iso(received), TheirAreas[i % 3], details, $"Customer {i}", TheirChannels[i % 3],
                Iso(received.AddDays(2)), responded, responded.Length == 0 ? "" : TheirOutcomes[i % 3]);
            var row = i + 2;
            if (broken && i % 100 is >= 10 and <= 70 && i % 10 == 0)
            {
                switch (i % 100)
                {
                    case 10:
                        entry = entry with { Department = "Cemeteries" };
                        expected.Add(new(row, "Department", "There is no service area \"Cemeteries\": add it, or map it to one of ours."));
                        break;
                    case 20:
                        var future = today.AddDays(5);
                        entry = entry with { Received = Iso(future), Acknowledged = "", Responded = "", Outcome = "" };
                        expected.Add(new(row, "Date Received", $"Date received {future:dd/MM/yyyy} is in the future."));
                        break;
                    case 30:
                        var early = received.AddDays(-3);
                        entry = entry with { Responded = Iso(early), Outcome = "Upheld" };
                        expected.Add(new(row, "Date Responded", $"Responded {early:dd/MM/yyyy} is before the date received, {received:dd/MM/yyyy}."));
                        expected.Add(new(row, "Date Responded", $"Responded {early:dd/MM/yyyy} is before acknowledged, {received.AddDays(2):dd/MM/yyyy}."));
                        break;
                    case 40:
                        entry = entry with { Ref = "SP-1000" };
                        expected.Add(new(row, "Ref", "The reference SP-1000 is also on row 2: each case must have its own."));
                        break;
                    case 50:
                        entry = entry with { Details = "" };
                        expected.Add(new(row, "Details", "Description is empty: every case needs it."));
                        break;
                    case 60:
                        entry = entry with { Details = "=HYPERLINK(\"http://evil.example\",\"Open\")" };
                        expected.Add(new(row, "Details", "This is a spreadsheet formula, not a value: paste the value it shows instead."));
                        break;
                    case 70:
                        var tooLong = $"SP-{i:D4}" + new string('9', 34);
                        entry = entry with { Ref = tooLong };
                        expected.Add(new(row, "Ref", "Reference is too long: it can be at most 40 characters, and this is 41."));
                        break;
                }
            }
            entries.Add(entry);
        }
        return new OldList(entries, expected);
    }

    /// <summary>The list as a CSV file saved from Excel ("CSV UTF-8": with a byte-order mark, CRLF line ends).</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Headings.Select(Quote))).Append("\r\n");
        foreach (var entry in Entries) text.Append(string.Join(",", entry.Cells.Select(Quote))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The list as a workbook: real date cells, and the formula as a formula.</summary>
    public byte[] ToXlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Complaints");
        for (var c = 0; c < Headings.Length; c++) sheet.Cell(1, c + 1).Value = Headings[c];
        for (var r = 0; r < Entries.Count; r++)
        {
            var cells = Entries[r].Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                var value = cells[c];
                if (value.StartsWith('=')) cell.FormulaA1 = value[1..];
                else if (c is 1 or 6 or 7 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    cell.Value = date.ToDateTime(TimeOnly.MinValue);
                else cell.Value = value;
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
