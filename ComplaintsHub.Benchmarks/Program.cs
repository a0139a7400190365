using System.Diagnostics;
using System.Globalization;
using ComplaintsHub.Benchmarks;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: dotnet run -c Release --project ComplaintsHub.Benchmarks [-- sizes...]   (default: 200000 1000000)
// Generates each size into a SQLite file (kept under the temp folder for a re-run) and times the quarter KPI set, the
// hand-written lower bound and the year export. Figures go in docs/benchmarks.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("en-GB");
var trace = args.Contains("--trace");
args = args.Where(a => a != "--trace").ToArray();
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [200_000, 1_000_000];
var now = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
var quarter = ReportPeriod.ForQuarter(2026, 2);
var year = ReportPeriod.ForYear(2025);
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {RuntimeInfo()}");

foreach (var size in sizes)
{
    var path = Path.Combine(Path.GetTempPath(), $"complaintshub-bench-{size}.db");
    var settings = DatabaseSettings.Create("Sqlite", $"Data Source={path}", Path.GetTempPath());
    await using var services = new ServiceCollection()
        .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", trace ? LogLevel.Information : LogLevel.Warning).AddSimpleConsole())
        .AddSingleton<TimeProvider>(new FixedClock(now))
        .AddComplaintsHubData(settings)
        .AddComplaintsHubCore()
        .AddSingleton(new CouncilDetails("Ashbury District Council", "Council Offices", "Complaints Manager", ""))
        .BuildServiceProvider();

    if (!File.Exists(path))
    {
        var load = Stopwatch.StartNew();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await services.GetRequiredService<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var areas = await db.ServiceAreas.Select(a => new BenchmarkData.Area(a.Id, a.DefaultProcedureId, a.Subjects.Select(s => s.Id).ToArray())).ToListAsync();
        var categories = await db.Categories.Select(c => c.Id).ToArrayAsync();
        var officers = (await db.StaffUsers.Where(s => s.Roles.Any(r => r.Role == StaffRole.Officer)).Select(s => s.Id).ToListAsync()).Select(g => g.ToString().ToUpperInvariant()).ToArray();
        var calendar = await services.GetRequiredService<CalendarService>().GetAsync();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA synchronous = OFF;");
        var (complaints, stages, enquiries) = await new BenchmarkData(calendar, DateOnly.FromDateTime(now.UtcDateTime), new Random(20261122))
            .InsertAsync(connection, size, areas, categories, officers, officers[0]);
        await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine($"Generated {complaints:N0} complaints, {stages:N0} stages, {enquiries:N0} Ombudsman enquiries in {load.Elapsed.TotalSeconds:N1} s ({new FileInfo(path).Length / 1048576.0:N0} MB)");
    }

    var admin = await AdminAsync(services);
    var kpis = services.GetRequiredService<KpiQuery>();
    var caseRows = services.GetRequiredService<KpiCaseRowsQuery>();
    var councillor = new CurrentStaff(Guid.NewGuid(), "Cllr Janet Hughes", new HashSet<StaffRole> { StaffRole.PortfolioHolder });

    if (trace)
    {
        await kpis.GetAsync(new KpiFilter(quarter), admin);
        return;
    }

    var kpiSet = await TimeAsync(20, async () => await kpis.GetAsync(new KpiFilter(quarter), admin));
    var report = await kpis.GetAsync(new KpiFilter(quarter), admin);
    var handWritten = await TimeAsync(20, () => HandWritten.HeadlineAsync(path, quarter, report.AsAt));
    var handFigures = await HandWritten.HeadlineAsync(path, quarter, report.AsAt);
    var check = handFigures == new HandWritten.Headline(report.Stage(1).Received, report.Stage(2).Received, report.Stage(1).Responded, report.Stage(1).WithinTimescale,
        report.Stage(2).Responded, report.Stage(2).WithinTimescale, report.OpenAtEnd, report.OverdueAtEnd, report.Ombudsman.DecisionsMade);
    if (!check) throw new InvalidOperationException($"The hand-written query and the KPI set disagree: {handFigures} vs the KPI set.");

    long bytes = 0;
    var memoryBefore = GC.GetTotalAllocatedBytes(true);
    var staffExport = await TimeAsync(3, async () =>
    {
        // As the export endpoint does it: the figures and the case rows are read at the same time.
        var counter = new CountingStream();
        await KpiWorkbook.WriteAsync(counter, kpis.GetAsync(new KpiFilter(year), admin), new WorkbookCover("Ashbury", admin.Name, now.UtcDateTime),
            caseRows.ListAsync(new KpiFilter(year), admin));
        bytes = counter.Length;
    });
    var allocatedPerExport = (GC.GetTotalAllocatedBytes(true) - memoryBefore) / 4;
    var councillorExport = await TimeAsync(3, async () =>
    {
        await KpiWorkbook.WriteAsync(Stream.Null, kpis.GetAsync(new KpiFilter(year), councillor), new WorkbookCover("Ashbury", councillor.Name, now.UtcDateTime), null);
    });
    var yearRows = await CountAsync(caseRows.ListAsync(new KpiFilter(year), admin));
    var readRows = await TimeAsync(3, () => CountAsync(caseRows.ListAsync(new KpiFilter(year), admin)));
    var yearKpis = await TimeAsync(3, () => kpis.GetAsync(new KpiFilter(year), admin));

    Console.WriteLine();
    Console.WriteLine($"== {size:N0} complaints ({report.Period.Label}: {report.ReceivedTotal:N0} stages received, {report.RespondedTotal:N0} responses) ==");
    Console.WriteLine($"Quarter KPI set (EF Core, {KpiTables.Build(report).Count} tables):   median {kpiSet.Median:N1} ms, p95 {kpiSet.P95:N1} ms");
    Console.WriteLine($"Hand-written headline SQL (lower bound): median {handWritten.Median:N1} ms, p95 {handWritten.P95:N1} ms");
    Console.WriteLine($"KPI set / lower bound:                    {kpiSet.Median / handWritten.Median:N2}x");
    Console.WriteLine($"Year export, staff ({yearRows:N0} case rows, {bytes / 1048576.0:N1} MB): median {staffExport.Median:N0} ms, max {staffExport.Max:N0} ms, ~{allocatedPerExport / 1048576.0:N0} MB allocated per export");
    Console.WriteLine($"Year export, councillor (no case sheet): median {councillorExport.Median:N0} ms");
    Console.WriteLine($"  of which: year KPI set median {yearKpis.Median:N0} ms; reading the case rows alone median {readRows.Median:N0} ms");
    Console.WriteLine($"Peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
}

static async Task<Timing> TimeAsync(int runs, Func<Task> action)
{
    await action(); // warm-up: JIT, EF model, SQLite page cache
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return new Timing(times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], times[^1]);
}

static async Task Execute(SqliteConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await command.ExecuteNonQueryAsync();
}

static async Task<CurrentStaff> AdminAsync(ServiceProvider services)
{
    await using var db = await services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
    var admin = await db.StaffUsers.FirstAsync(s => s.Roles.Any(r => r.Role == StaffRole.ComplaintsAdmin));
    return new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
}

static async Task<int> CountAsync<T>(IAsyncEnumerable<T> rows)
{
    var count = 0;
    await foreach (var _ in rows) count++;
    return count;
}

static string RuntimeInfo() => $"{Environment.OSVersion}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:N1} GB available";

internal sealed record Timing(double Median, double P95, double Max);

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Counts what the export writes, so the benchmark measures building the workbook rather than a disk.</summary>
internal sealed class CountingStream : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Position;
    public override long Position { get; set; }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Position += count;
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Position += buffer.Length;
        return ValueTask.CompletedTask;
    }
}
