using System.Diagnostics;
using System.Globalization;
using ComplaintsHub.Core;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ComplaintsHub.Benchmarks.HandWrittenSearch;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Times the case list and its search through the real <see cref="CaseListQuery.SearchAsync"/> (first page of 25), kind by
/// kind, against a hand-written lower bound for the same page where today's schema can answer it. The cases are the KPI
/// benchmark's, with complainants, text, notes, calls and risk flags added (<see cref="BenchmarkPeople"/>,
/// <see cref="CaseStories"/>), loaded beneath the application into SQLite or, with the same rows, PostgreSQL (binary
/// COPY); the reporting counts and the search index are then built from the rows, as after any load beneath the app.
/// Each kind cycles through about twenty terms drawn from the data, so no one term's pages sit warm in a cache.
/// </summary>
internal static class SearchMeasurement
{
    private const int Runs = 50;
    private const int WarmUps = 50;
    private const int PageSize = 25;
    private const string TeamLeaderObjectId = "benchmark-team-leader";

    private sealed record Kind(string Name, CurrentStaff Staff, IReadOnlyList<string> Terms, Func<string, CaseListFilter>? Filter, Func<string, Query>? LowerBound);

    public static async Task RunAsync(int cases, int complainants, BenchmarkOptions options, DateTimeOffset now)
    {
        var database = BenchmarkDatabase.For(options, $"complaintshub_search_bench_{cases}_{complainants}");
        Console.WriteLine($"Search and lists: {cases:N0} cases, {complainants:N0} complainants, {database.Provider}; load average {Timing.LoadAverage()}");
        var generate = options.Fresh || !await database.IsCompleteAsync();
        if (generate) await database.CreateAfreshAsync();
        await using var services = BenchmarkServices.For(database, now);
        var dbFactory = services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var loaded = generate
            ? await GenerateAsync(services, cases, complainants, database, now)
            : $"Using the data generated earlier in {database.Name} ({await database.SizeAsync()}); run with --fresh to generate it again";
        Console.WriteLine(loaded);

        await using var db = await dbFactory.CreateDbContextAsync();
        var admin = await db.StaffUsers.Where(s => s.Roles.Any(r => r.Role == StaffRole.ComplaintsAdmin)).OrderBy(s => s.DisplayName)
            .Select(s => new CurrentStaff(s.Id, s.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin })).FirstAsync();
        var leader = await db.StaffUsers.Where(s => s.EntraObjectId == TeamLeaderObjectId)
            .Select(s => new { s.Id, s.DisplayName, Areas = s.ServiceAreas.Select(a => a.Id).OrderBy(a => a).ToList() }).SingleAsync();
        var teamLeader = new CurrentStaff(leader.Id, leader.DisplayName, new HashSet<StaffRole> { StaffRole.TeamLeader });
        var calendar = await services.GetRequiredService<CalendarService>().GetAsync();
        var today = UkTime.Today(new FixedClock(now));
        var kinds = await KindsAsync(db, admin, teamLeader, leader.Areas, calendar.AddWorkingDays(today, 5));

        var query = services.GetRequiredService<CaseListQuery>();
        var hand = new HandWrittenSearch(database);
        var table = new List<string>
        {
            $"| {cases:N0} cases, {complainants:N0} complainants, {database.Provider} | terms | matches (first term) | median | p95 | lower bound median | lower bound p95 | ÷ lower bound | first page agrees |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        };
        foreach (var kind in kinds)
        {
            string Cell(Timing? t, Func<Timing, double> pick) => t is null ? "—" : pick(t) < 1 ? $"{pick(t):N2} ms" : $"{pick(t):N1} ms";
            Timing? app = null, bound = null;
            var total = "—";
            var agrees = "—";
            if (kind.Filter is { } filter)
            {
                total = (await query.SearchAsync(filter(kind.Terms[0]), kind.Staff, 0, PageSize)).Total.ToString("N0", CultureInfo.InvariantCulture);
                app = await TimeAsync(kind.Terms, term => query.SearchAsync(filter(term), kind.Staff, 0, PageSize));
            }

            if (kind.LowerBound is { } lowerBound)
            {
                bound = await TimeAsync(kind.Terms, term => hand.IdsAsync(lowerBound(term)));
                if (kind.Filter is { } f)
                {
                    var (same, sameSet) = (0, 0);
                    foreach (var term in kind.Terms)
                    {
                        var appIds = (await query.SearchAsync(f(term), kind.Staff, 0, PageSize)).Rows.Select(r => r.Id).ToList();
                        var handIds = await hand.IdsAsync(lowerBound(term));
                        if (appIds.SequenceEqual(handIds)) same++;
                        else if (appIds.Order().SequenceEqual(handIds.Order())) sameSet++;
                    }

                    agrees = same == kind.Terms.Count ? "yes" : $"{same} of {kind.Terms.Count}{(sameSet > 0 ? $" ({sameSet} more in another order)" : "")}";
                }
            }

            var ratio = app is null || bound is null ? "—" : app.Median / bound.Median is var r && r < 10 ? $"{r:N1}×" : $"{r:N0}×";
            var notMeasured = kind.Filter is null ? " (filter not on this branch yet)" : "";
            table.Add($"| {kind.Name}{notMeasured} | {kind.Terms.Count} | {total} | {Cell(app, t => t.Median)} | {Cell(app, t => t.P95)} | {Cell(bound, t => t.Median)} | {Cell(bound, t => t.P95)} | {ratio} | {agrees} |");
            Console.WriteLine(table[^1]);
        }

        Console.WriteLine();
        Console.WriteLine(loaded);
        Console.WriteLine($"For docs/benchmarks.md ({Runs} runs after {WarmUps} warm-ups per kind, cycling its terms; first page of {PageSize}; load average now {Timing.LoadAverage()}):");
        Console.WriteLine();
        foreach (var line in table) Console.WriteLine(line);
    }

    /// <returns>What was loaded and how long it took, for the summary.</returns>
    private static async Task<string> GenerateAsync(ServiceProvider services, int cases, int complainants, BenchmarkDatabase database, DateTimeOffset now)
    {
        var load = Stopwatch.StartNew();
        await services.GetRequiredService<DemoDataSeeder>().SeedAsync(days: -1);
        var dbFactory = services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var areas = await db.ServiceAreas.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name, a.DefaultProcedureId, Subjects = a.Subjects.OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToList() }).ToListAsync();
        var benchAreas = areas.Select(a => new BenchmarkData.Area(a.Id, a.DefaultProcedureId, a.Subjects.Select(s => s.Id).ToArray())).ToList();
        var categories = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync();
        var officers = await db.StaffUsers.Where(s => s.Roles.Any(r => r.Role == StaffRole.Officer)).OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName }).ToListAsync();
        var calendar = await services.GetRequiredService<CalendarService>().GetAsync();
        var housing = areas.FindIndex(a => a.Subjects.Any(s => s.Name == "Damp and mould"));
        (BenchmarkData.Area, int)? damp = housing < 0 ? null : (benchAreas[housing], areas[housing].Subjects.First(s => s.Name == "Damp and mould").Id);

        // A team leader with two of the seven areas, who logged and holds no case: what they see is their areas' cases.
        var leader = new StaffUser(TeamLeaderObjectId, "Benchmark Team Leader", "benchmark.teamleader@ashbury.example");
        leader.SetRoles([StaffRole.TeamLeader]);
        leader.SetServiceAreas(await db.ServiceAreas.Where(a => a.Name == "Housing" || a.Name == "Parking").ToListAsync());
        leader.RecordChange(Actor.System, now.UtcDateTime);
        db.StaffUsers.Add(leader);
        await db.SaveChangesAsync();

        var stories = new CaseStories(new Random(20261130), cases, complainants, areas.ToDictionary(a => a.Id, a => a.Name), damp,
            officers.Select(o => (o.Id, o.DisplayName)).ToList());
        (int Complaints, int Stages, int Enquiries) counts;
        await using (var writer = await database.OpenWriterAsync())
        {
            await new BenchmarkPeople(new Random(20261201)).InsertAsync(writer, complainants);
            // The same seed as the KPI benchmark: the cases' dates, stages and outcomes are the KPI data's.
            counts = await new BenchmarkData(calendar, DateOnly.FromDateTime(now.UtcDateTime), new Random(20261122))
                .InsertAsync(writer, cases, benchAreas, categories, officers.Select(o => o.Id).ToArray(), officers[0].Id, stories);
            await writer.CompleteAsync();
        }

        var written = load.Elapsed;
        var recount = Stopwatch.StartNew();
        await ReportingCounter.RecountAsync(db);
        var counted = recount.Elapsed;
        Console.WriteLine($"Counted the reporting counts from scratch in {counted.TotalSeconds:N1} s");
        var indexed = await BuildSearchIndexAsync(db);
        // As the application's start-up does, and its daily refresh would: the planner is told what was loaded.
        var analyse = Stopwatch.StartNew();
        await PlannerStatistics.RefreshAsync(db);
        Console.WriteLine($"Read the planner statistics in {analyse.Elapsed.TotalSeconds:N1} s");
        await database.SettleAsync();
        await database.MarkCompleteAsync();

        var timeline = await db.TimelineEvents.CountAsync(e => e.Type == TimelineEventType.NoteAdded || e.Type == TimelineEventType.CallLogged);
        var flags = await db.RiskFlags.CountAsync();
        return $"Generated {complainants:N0} complainants, {counts.Complaints:N0} complaints, {counts.Stages:N0} stages, {counts.Enquiries:N0} Ombudsman enquiries, " +
            $"{timeline:N0} notes and calls, {flags:N0} risk flags: rows written in {written.TotalSeconds:N1} s, reporting counts {counted.TotalSeconds:N1} s, " +
            $"search index {indexed.TotalSeconds:N1} s; {load.Elapsed.TotalSeconds:N1} s in all ({await database.SizeAsync()}; search index {await database.SearchIndexSizeAsync()})";
    }

    /// <summary>Builds the search index from the rows just loaded beneath the application, as its rebuild command does.</summary>
    private static async Task<TimeSpan> BuildSearchIndexAsync(ComplaintsDbContext db)
    {
        var rebuild = Stopwatch.StartNew();
        await ComplaintsHub.Core.Data.Search.CaseSearchIndex.RebuildAsync(db, CancellationToken.None);
        Console.WriteLine($"Built the search index in {rebuild.Elapsed.TotalSeconds:N1} s");
        return rebuild.Elapsed;
    }

    private static async Task<List<Kind>> KindsAsync(ComplaintsDbContext db, CurrentStaff admin, CurrentStaff teamLeader, IReadOnlyList<int> leaderAreas, DateOnly weekLimit)
    {
        // Twenty cases spread over the whole range, each with a complainant, give the terms: a fixed seed, so each run times the same terms.
        var maxId = await db.Complaints.MaxAsync(c => c.Id);
        var random = new Random(20261202);
        var candidates = Enumerable.Range(0, 400).Select(_ => random.Next(1, maxId + 1)).Distinct().ToList();
        var samples = await db.Complaints.Where(c => candidates.Contains(c.Id) && c.ComplainantId != null)
            .Select(c => new { c.Id, c.Reference, c.Complainant!.FirstName, c.Complainant.LastName, c.Complainant.Email, c.Complainant.Phone, c.Complainant.PhoneDigits, c.Complainant.Postcode, c.ServiceAreaId })
            .ToListAsync();
        samples = samples.OrderBy(s => candidates.IndexOf(s.Id)).ToList();
        List<string> Take(IEnumerable<string?> values) => values.OfType<string>().Distinct().Take(20).ToList();

        var references = Take(samples.Select(s => s.Reference));
        var numbers = Take(samples.Select(s => s.Reference[(s.Reference.LastIndexOf('-') + 1)..]));
        var years = await db.Complaints.Select(c => c.ReceivedOn.Year).Distinct().OrderBy(y => y).ToListAsync();
        var surnames = Take(samples.Select(s => s.LastName));
        var leaderSurnames = Take(samples.Where(s => leaderAreas.Contains(s.ServiceAreaId)).Select(s => s.LastName));
        var firstNames = Take(new[] { "Margaret" }.Concat(samples.Select(s => s.FirstName)));
        var fullNames = Take(samples.Select(s => $"{s.FirstName} {s.LastName}"));
        var emails = Take(samples.Select(s => s.Email is null ? null : s.Email[..(s.Email.IndexOf('@') + 3)]));
        var digits = Take(samples.Select(s => s.PhoneDigits));
        var postcodes = Take(samples.Select(s => s.Postcode));
        var subjects = await db.Subjects.OrderBy(s => s.Id).Select(s => s.Id.ToString(CultureInfo.InvariantCulture)).ToListAsync();
        var categories = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToListAsync();
        List<string> channels = ["Phone", "Email", "WebForm", "Letter", "InPerson", "CouncillorOrMp", "SocialMedia"];

        var areaList = string.Join(", ", leaderAreas.Select((_, i) => $"@a{i}"));
        var areaParameters = leaderAreas.Select((a, i) => ($"a{i}", (object)a)).ToArray();
        // The team leader logged and holds no case, so their areas alone are what they see: the lower bound needs no more.
        var inLeaderAreas = $"c.\"ServiceAreaId\" IN ({areaList})";
        // With a name to find, the name's index range is the narrow one: "+" keeps SQLite from leading with the area's index instead.
        var nameInLeaderAreas = $"+c.\"ServiceAreaId\" IN ({areaList})";
        const string WithPerson = "SELECT c.\"Id\" FROM \"Complaints\" c JOIN \"Complainants\" p ON p.\"Id\" = c.\"ComplainantId\"";
        Query Surname(string prefix, string? extra, params (string, object)[] more)
        {
            var (from, to) = PrefixRange(prefix);
            return Of($"{WithPerson} WHERE p.\"LastName\" >= @from AND p.\"LastName\" < @to{(extra is null ? "" : $" AND {extra}")} {PageOrder}", [("from", from), ("to", to), .. more]);
        }

        Query Reference(IEnumerable<string> candidatesOf) =>
            Of($"SELECT c.\"Id\" FROM \"Complaints\" c WHERE c.\"Reference\" IN ({string.Join(", ", candidatesOf.Select((_, i) => $"@r{i}"))}) {PageOrder}",
                candidatesOf.Select((r, i) => ($"r{i}", (object)r)).ToArray());
        Query Phone(string typed) => Of($"{WithPerson} WHERE p.\"PhoneDigits\" = @digits {PageOrder}", ("digits", ContactDetails.Digits(typed)!));

        return
        [
            new("default list: open cases by due date", admin, ["open"], _ => new CaseListFilter { OpenOnly = true },
                _ => Of($"SELECT c.\"Id\" FROM \"Complaints\" c WHERE {Open} {PageOrder}")),
            new("team leader's \"due this week\" (2 of 7 areas)", teamLeader, ["week"], _ => new CaseListFilter { Due = DueFilter.ThisWeek },
                _ => Of($"SELECT c.\"Id\" FROM \"Complaints\" c WHERE {Open} AND c.\"NextDueDate\" IS NOT NULL AND c.\"NextDueDate\" <= @limit AND {inLeaderAreas} {PageOrder}",
                    [("limit", weekLimit), .. areaParameters])),
            new("exact reference", admin, references, term => new CaseListFilter { Search = term }, term => Reference([term])),
            new("number part of a reference alone", admin, numbers, term => new CaseListFilter { Search = term }, term => Reference(years.Select(y => $"CMP-{y}-{term}"))),
            new("surname prefix \"Hugh\"", admin, ["Hugh"], term => new CaseListFilter { Search = term }, term => Surname(term, null)),
            new("surname", admin, surnames, term => new CaseListFilter { Search = term }, term => Surname(term, null)),
            new("first name", admin, firstNames, term => new CaseListFilter { Search = term }, null),
            new("first and last name", admin, fullNames, term => new CaseListFilter { Search = term },
                term => Surname(term.Split(' ')[^1], "p.\"FirstName\" >= @firstFrom AND p.\"FirstName\" < @firstTo",
                    ("firstFrom", PrefixRange(term.Split(' ')[0]).From), ("firstTo", PrefixRange(term.Split(' ')[0]).To))),
            new("email prefix (to two letters of the domain)", admin, emails, term => new CaseListFilter { Search = term },
                term => Of($"{WithPerson} WHERE p.\"Email\" >= @from AND p.\"Email\" < @to {PageOrder}", ("from", PrefixRange(term).From), ("to", PrefixRange(term).To))),
            new("phone, digits run together", admin, digits, term => new CaseListFilter { Search = term }, Phone),
            new("phone, spaced 5-3-3", admin, digits.Select(d => $"{d[..5]} {d[5..8]} {d[8..]}").ToList(), term => new CaseListFilter { Search = term }, Phone),
            new("phone, +44", admin, digits.Select(d => $"+44 {d[1..5]} {d[5..]}").ToList(), term => new CaseListFilter { Search = term }, Phone),
            new("postcode", admin, postcodes, term => new CaseListFilter { Search = term },
                term => Of($"{WithPerson} WHERE p.\"Postcode\" = @postcode {PageOrder}", ("postcode", term))),
            new("\"mould\"", admin, ["mould"], term => new CaseListFilter { Search = term }, null),
            new("\"mould\", team leader, open only", teamLeader, ["mould"], term => new CaseListFilter { Search = term, OpenOnly = true }, null),
            new("surname, team leader", teamLeader, leaderSurnames, term => new CaseListFilter { Search = term }, term => Surname(term, nameInLeaderAreas, areaParameters)),
            new("filter: risk flag damp and mould", admin, ["DampAndMould"], _ => new CaseListFilter { FlagKind = RiskFlagKind.DampAndMould },
                _ => Of($"""
                    SELECT c."Id" FROM "Complaints" c
                    WHERE c."Id" IN (SELECT f."ComplaintId" FROM "RiskFlags" f WHERE f."RemovedAt" IS NULL AND f."Kind" = @kind AND f."ComplaintId" IS NOT NULL)
                       OR c."ComplainantId" IN (SELECT f."ComplainantId" FROM "RiskFlags" f WHERE f."RemovedAt" IS NULL AND f."Kind" = @kind AND f."ComplainantId" IS NOT NULL)
                    {PageOrder}
                    """, ("kind", "DampAndMould"))),
            new("filter: any risk flag", admin, ["any"], _ => new CaseListFilter { Flagged = true },
                _ => Of($"""
                    SELECT c."Id" FROM "Complaints" c
                    WHERE c."Id" IN (SELECT f."ComplaintId" FROM "RiskFlags" f WHERE f."RemovedAt" IS NULL AND f."ComplaintId" IS NOT NULL)
                       OR c."ComplainantId" IN (SELECT f."ComplainantId" FROM "RiskFlags" f WHERE f."RemovedAt" IS NULL AND f."ComplainantId" IS NOT NULL)
                    {PageOrder}
                    """)),
            new("filter: subject", admin, subjects, term => new CaseListFilter { SubjectId = int.Parse(term, CultureInfo.InvariantCulture) },
                term => Of($"SELECT c.\"Id\" FROM \"Complaints\" c WHERE c.\"SubjectId\" = @id {PageOrder}", ("id", int.Parse(term, CultureInfo.InvariantCulture)))),
            new("filter: category", admin, categories, term => new CaseListFilter { CategoryId = int.Parse(term, CultureInfo.InvariantCulture) },
                term => Of($"SELECT c.\"Id\" FROM \"Complaints\" c WHERE c.\"CategoryId\" = @id {PageOrder}", ("id", int.Parse(term, CultureInfo.InvariantCulture)))),
            new("filter: received by channel", admin, channels, term => new CaseListFilter { Channel = Enum.Parse<Channel>(term) },
                term => Of($"SELECT c.\"Id\" FROM \"Complaints\" c WHERE c.\"Channel\" = @channel {PageOrder}", ("channel", term))),
        ];
    }

    /// <summary>Runs after warm-ups (.NET recompiles hot code, optimised, after a few dozen calls), each on the next term in turn.</summary>
    private static async Task<Timing> TimeAsync<T>(IReadOnlyList<string> terms, Func<string, Task<T>> action)
    {
        for (var i = 0; i < WarmUps; i++) await action(terms[i % terms.Count]);
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var term = terms[(i + WarmUps) % terms.Count];
            var watch = Stopwatch.StartNew();
            await action(term);
            times.Add(watch.Elapsed.TotalMilliseconds);
            // COMPLAINTSHUB_BENCH_SHOW_SLOWER_THAN=45 names each run over 45 ms and its term: which terms make a p95.
            if (double.TryParse(Environment.GetEnvironmentVariable("COMPLAINTSHUB_BENCH_SHOW_SLOWER_THAN"), CultureInfo.InvariantCulture, out var slow) && watch.Elapsed.TotalMilliseconds > slow)
                Console.WriteLine($"   slower than {slow:N0} ms: \"{term}\" {watch.Elapsed.TotalMilliseconds:N1} ms");
        }

        return Timing.Of(times);
    }
}
