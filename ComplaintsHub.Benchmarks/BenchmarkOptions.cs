using System.Globalization;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// The program's command line: a section (the quarter KPI set and export by default, or <c>import</c> or <c>search</c>),
/// its sizes, and the database: <c>--provider Sqlite</c> (the default, files under the temp folder) or
/// <c>--provider PostgreSQL --connection "&lt;connection string&gt;"</c>. A mistake stops the program naming the option.
/// </summary>
internal sealed record BenchmarkOptions(
    string Section,
    IReadOnlyList<int> Numbers,
    IReadOnlyList<string> Formats,
    string Provider,
    string? Connection,
    int? Complainants,
    bool Fresh,
    bool Trace)
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public bool IsPostgres => Provider == PostgreSql;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var section = args.Count > 0 && args[0] is "import" or "search" or "kpi" ? args[0] : "kpi";
        var numbers = new List<int>();
        var formats = new List<string>();
        string provider = Sqlite;
        string? connection = null;
        int? complainants = null;
        bool fresh = false, trace = false;
        for (var i = section == "kpi" && (args.Count == 0 || args[0] != "kpi") ? 0 : 1; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value after it.");
            switch (args[i])
            {
                case "--provider":
                    var named = Value();
                    provider = new[] { Sqlite, PostgreSql }.FirstOrDefault(p => p.Equals(named, StringComparison.OrdinalIgnoreCase))
                        ?? throw new ArgumentException($"--provider is Sqlite or PostgreSQL, not \"{named}\".");
                    break;
                case "--connection": connection = Value(); break;
                case "--complainants": complainants = Number(Value(), "--complainants"); break;
                case "--fresh": fresh = true; break;
                case "--trace": trace = true; break;
                case "csv" or "xlsx": formats.Add(args[i]); break;
                default: numbers.Add(Number(args[i], "a size")); break;
            }
        }

        // An option a section does not use is refused rather than ignored: a run that looked like it measured it would not have.
        if (formats.Count > 0 && section != "import") throw new ArgumentException("csv and xlsx are formats for the import section: … -- import [rows] [csv|xlsx].");
        if (complainants is not null && section != "search") throw new ArgumentException("--complainants is for the search section: … -- search [cases] --complainants N.");
        if (trace && section != "kpi") throw new ArgumentException("--trace is for the quarter KPI set (no section named).");
        if (fresh && section == "import") throw new ArgumentException("The import section always imports into a fresh database: --fresh is for the others.");
        if (numbers.Count > 1 && section != "kpi") throw new ArgumentException($"The {section} section takes one size, not {numbers.Count}.");
        if (provider == PostgreSql && string.IsNullOrWhiteSpace(connection))
            throw new ArgumentException("--provider PostgreSQL needs --connection \"Host=…;Username=…;Database=…\" (a user that may create databases).");
        if (provider == Sqlite && connection is not null)
            throw new ArgumentException("--connection is for --provider PostgreSQL; SQLite's files are kept under the temp folder.");
        return new BenchmarkOptions(section, numbers, formats, provider, connection, complainants, fresh, trace);
    }

    private static int Number(string text, string what) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"\"{text}\" is not {(what == "a size" ? "an option or a size" : $"a number for {what}")}.");
}
