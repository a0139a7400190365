using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Times an import of a council's old list, as the import page runs it: the file read, the dry run, then the import
/// itself (which checks again, builds every case through the aggregate and saves them in one transaction), into a
/// freshly migrated database with a council set up as after the first start. The rows are generated: two years of
/// complaints with every imported field filled in and every kind of history (open, acknowledged, answered on time or
/// late, upheld, closed, escalated).
/// </summary>
internal static class ImportMeasurement
{
    private static readonly string[] Headings =
        ["Ref", "Received", "Area", "Subject", "Category", "How", "Officer", "Name", "Phone", "Email", "Postcode", "Details",
         "Acknowledged", "Responded", "Outcome", "Root cause", "Lesson", "Stage", "Escalated", "Closed"];

    private static readonly string[] Areas = ["Waste", "Council Housing", "Parking", "Planning", "Council Tax", "Environmental Health", "Leisure"];
    private static readonly string[] Outcomes = ["Upheld", "Partly upheld", "Not upheld"];
    private static readonly string[] Channels = ["Phone", "Email", "Letter", "Web form", "In person"];

    private static ImportMapping Mapping { get; } = new(
        new Dictionary<ImportField, string>
        {
            [ImportField.Reference] = "Ref", [ImportField.ReceivedDate] = "Received", [ImportField.ServiceArea] = "Area", [ImportField.Subject] = "Subject",
            [ImportField.Category] = "Category", [ImportField.Channel] = "How", [ImportField.Officer] = "Officer", [ImportField.ComplainantName] = "Name",
            [ImportField.ComplainantPhone] = "Phone", [ImportField.ComplainantEmail] = "Email", [ImportField.ComplainantPostcode] = "Postcode",
            [ImportField.Description] = "Details", [ImportField.Acknowledged] = "Acknowledged", [ImportField.Responded] = "Responded",
            [ImportField.Outcome] = "Outcome", [ImportField.RootCause] = "Root cause", [ImportField.LessonLearnt] = "Lesson", [ImportField.Stage] = "Stage",
            [ImportField.Escalated] = "Escalated", [ImportField.Closed] = "Closed",
        },
        ServiceAreas: new Dictionary<string, string> { ["Council Housing"] = "Housing" },
        Outcomes: new Dictionary<string, string> { ["Partly upheld"] = "PartlyUpheld", ["Not upheld"] = "NotUpheld" });

    /// <param name="options">The provider, and for PostgreSQL a connection string for a user that may create databases.</param>
    public static async Task RunAsync(int rows, IReadOnlyList<string> formats, BenchmarkOptions options, DateTimeOffset now)
    {
        Console.WriteLine($"Import of {rows:N0} generated rows into a fresh {(options.IsPostgres ? "PostgreSQL" : "SQLite")} database");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var table = Generate(rows, today, new Random(20261129));
        foreach (var format in formats)
        {
            var file = format == "xlsx" ? ToXlsx(table) : ToCsv(table);
            var database = BenchmarkDatabase.For(options, $"complaintshub_import_bench_{Guid.NewGuid():N}");
            await database.CreateAfreshAsync();
            try
            {
                await using var services = BenchmarkServices.For(database, now);
                await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
                var admin = await CouncilAsync(services);
                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(true);

                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var total = Stopwatch.StartNew();
                var read = format == "xlsx"
                    ? XlsxFileReader.Read(new MemoryStream(file), "old-list.xlsx")
                    : CsvFileReader.Read(new MemoryStream(file), "old-list.csv");
                var readTime = total.Elapsed;
                var importer = services.GetRequiredService<CaseImporter>();
                var dryRun = await importer.DryRunAsync(read, Mapping, admin);
                if (!dryRun.CanImport) throw new InvalidOperationException($"The generated file has problems: {string.Join("; ", dryRun.Problems.Take(5))}");
                var dryRunTime = total.Elapsed - readTime;
                var result = await importer.ImportAsync(read, Mapping, admin);
                if (!result.Succeeded || result.Imported != rows) throw new InvalidOperationException($"Imported {result.Imported} of {rows}: {string.Join("; ", result.Problems.Take(5))}");
                var importTime = total.Elapsed - readTime - dryRunTime;
                total.Stop();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

                await using var db = await services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
                var stored = await db.Complaints.CountAsync(c => c.ImportedReference != null);
                var again = await importer.ImportAsync(read, Mapping, admin);
                Console.WriteLine($"  .{format} ({file.Length / 1048576.0:N1} MB): {total.Elapsed.TotalSeconds:N1} s in all — reading the file {readTime.TotalSeconds:N1} s, " +
                    $"dry run {dryRunTime.TotalSeconds:N1} s, import {importTime.TotalSeconds:N1} s; processor time {cpu.TotalSeconds:N1} s; {stored:N0} cases stored; " +
                    $"~{(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1048576.0:N0} MB allocated; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
                Console.WriteLine($"    the same file again: {again.Imported:N0} imported, {again.AlreadyImported:N0} already there; load average {Timing.LoadAverage()}");
            }
            finally
            {
                await database.DropAsync();
            }
        }
    }

    /// <summary>Seven service areas with two subjects each, ten officers (half added before their first sign-in) and a complaints team member.</summary>
    private static async Task<CurrentStaff> CouncilAsync(ServiceProvider services)
    {
        await services.GetRequiredService<FirstStartDefaults>().EnsureAsync();
        await using (var db = await services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            var procedures = await db.Procedures.ToDictionaryAsync(p => p.Code, p => p.Id);
            var areas = Areas.Select((name, i) => new ServiceArea(name == "Council Housing" ? "Housing" : name, $"A{i}", procedures[name == "Council Housing" ? Procedure.HousingCode : "Corporate"])).ToList();
            db.ServiceAreas.AddRange(areas);
            await db.SaveChangesAsync();
            db.Subjects.AddRange(areas.SelectMany(a => new[] { new Subject("General", a.Id), new Subject("Service failure", a.Id) }));
            await db.SaveChangesAsync();
        }
        var directory = services.GetRequiredService<StaffDirectory>();
        var signIn = await directory.RecordSignInAsync("oid-admin", "Import Admin", "import.admin@ashbury.example", [StaffRole.ComplaintsAdmin]);
        var admin = new CurrentStaff(signIn.StaffUserId, signIn.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        for (var i = 0; i < 10; i++)
        {
            if (i % 2 == 0) await directory.RecordSignInAsync($"oid-officer-{i}", $"Officer {i}", $"officer{i}@ashbury.example", [StaffRole.Officer]);
            else await directory.AddExpectedAsync(new ExpectedStaffMember($"officer{i}@ashbury.example", $"Officer {i}", null, [], null), admin);
        }
        return admin;
    }

    private static ImportTable Generate(int rows, DateOnly today, Random random)
    {
        var list = new List<ImportRow>(rows);
        for (var i = 0; i < rows; i++)
        {
            var received = today.AddDays(-(60 + random.Next(700)));
            var acknowledged = received.AddDays(random.Next(1, 5));
            var answered = random.NextDouble() < 0.85;
            var responded = acknowledged.AddDays(random.NextDouble() < 0.8 ? random.Next(5, 14) : random.Next(15, 25));
            var outcome = Outcomes[random.Next(Outcomes.Length)];
            var escalated = answered && random.NextDouble() < 0.12;
            var closed = answered && !escalated && random.NextDouble() < 0.8;
            string[] cells =
            [
                $"SP-{100000 + i}", Iso(received), Areas[i % Areas.Length], random.NextDouble() < 0.5 ? "General" : "service failure",
                random.NextDouble() < 0.5 ? "Delay" : "Quality of service", Channels[random.Next(Channels.Length)], random.NextDouble() < 0.9 ? $"Officer {random.Next(10)}" : "",
                $"Resident {i} Smith", $"01632 {random.Next(100000, 999999)}", $"resident{i}@example.org", $"AB{1 + i % 9} {1 + i % 9}EF",
                $"Complaint {i}: the bin was not emptied on the day it was due, and the resident called twice before writing in.",
                Iso(acknowledged), answered ? Iso(responded) : "", answered ? outcome : "",
                answered && outcome != "Not upheld" ? "Round missed from the crew's sheet" : "", answered && outcome != "Not upheld" ? "Sheets checked each morning" : "",
                escalated ? "2" : "1", escalated ? Iso(responded.AddDays(random.Next(1, 20))) : "", closed ? Iso(responded.AddDays(random.Next(0, 5))) : "",
            ];
            list.Add(new ImportRow(i + 2, cells));
        }
        return new ImportTable("generated", Headings, list);
    }

    private static byte[] ToCsv(ImportTable table)
    {
        var text = new StringBuilder(string.Join(",", table.Columns)).Append("\r\n");
        foreach (var row in table.Rows) text.Append(string.Join(",", row.Cells.Select(c => c.Contains(',') ? $"\"{c}\"" : c))).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] ToXlsx(ImportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Complaints");
        for (var c = 0; c < table.Columns.Count; c++) sheet.Cell(1, c + 1).Value = table.Columns[c];
        foreach (var row in table.Rows)
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = sheet.Cell(row.Number, c + 1);
                if (DateOnly.TryParseExact(row.Cells[c], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) cell.Value = date.ToDateTime(TimeOnly.MinValue);
                else cell.Value = row.Cells[c];
            }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
