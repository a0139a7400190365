using System.Globalization;
using ComplaintsHub.Benchmarks;

// Usage (figures go in docs/benchmarks.md, which says what each section measures):
//   dotnet run -c Release --project ComplaintsHub.Benchmarks [-- [kpi] [sizes...]]            quarter KPI set and year export (200000 1000000)
//   dotnet run -c Release --project ComplaintsHub.Benchmarks -- import [rows] [csv|xlsx]        import of an old list (20000 rows, both formats)
//   dotnet run -c Release --project ComplaintsHub.Benchmarks -- search [cases] [--complainants N] case search and lists (1000000 cases, 700000 complainants)
// Each takes --provider Sqlite (the default) or --provider PostgreSQL --connection "Host=…;Username=…" (a user that may
// create databases: the program makes its own, named after the section and size). The kpi and search sections keep what
// they generate for the next run (SQLite files under the temp folder, PostgreSQL databases on the server) unless --fresh
// is given; import always imports into a fresh database, dropped afterwards.
// --trace (kpi) prints the SQL of one warm KPI set; COMPLAINTSHUB_BENCH_SHOW_SLOWER_THAN=<ms> (search) names slow terms.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("en-GB");
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var now = FixedClock.BenchmarkNow;
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, " +
    $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:N1} GB available; {options.Provider}");
switch (options.Section)
{
    case "import":
        await ImportMeasurement.RunAsync(options.Numbers.DefaultIfEmpty(20_000).First(), options.Formats.Count > 0 ? options.Formats : ["csv", "xlsx"], options, now);
        break;
    case "search":
        await SearchMeasurement.RunAsync(options.Numbers.DefaultIfEmpty(1_000_000).First(), options.Complainants ?? 700_000, options, now);
        break;
    default:
        foreach (var size in options.Numbers.Count > 0 ? options.Numbers : [200_000, 1_000_000]) await KpiMeasurement.RunAsync(size, options, now);
        break;
}

return 0;
