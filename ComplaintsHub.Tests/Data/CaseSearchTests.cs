using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>The case list's one search box, over the search index, on both databases.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseSearch
{
    private sealed record World(TestDatabase Database, Dictionary<string, CurrentStaff> Staff, ContactLogResult Case) : IAsyncDisposable
    {
        public async Task<CaseListPage> FindAsync(string term, string person = "Sarah Mitchell", int pageSize = 100) =>
            await Database.Get<CaseListQuery>().SearchAsync(new CaseListFilter { Search = term }, Staff[person], 0, pageSize);

        public async Task<bool> FindsTheCaseAsync(string term, string person = "Sarah Mitchell") =>
            (await FindAsync(term, person)).Rows.Any(r => r.Id == Case.ComplaintId);

        public async Task ApplyAsync(CaseCommand command, string person = "Sarah Mitchell")
        {
            await using var db = await Database.Factory.CreateDbContextAsync();
            var version = await db.Complaints.Where(c => c.Id == Case.ComplaintId).Select(c => c.Version).SingleAsync();
            await Database.Get<CaseActions>().ApplyAsync(Case.ComplaintId!.Value, version, command, Staff[person]);
        }

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    /// <summary>Demo cases, and one Housing case whose every detail is a word no demo case has.</summary>
    private static async Task<World> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using var db = await database.Factory.CreateDbContextAsync();
        var staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync())
            .ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var logged = await database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Housing")).Id,
            ReceivedDate = TestToday.Date.AddDays(-3).ToDateTime(TimeOnly.MinValue),
            Description = "Water comes through the ceiling of the Zephyrine flat every time it rains.",
            DesiredOutcome = "Replace the guttering before winter.",
            Complainant = new ComplainantForm
            {
                Title = "Mrs", FirstName = "Marguerite", LastName = "Thistlewood", AddressLine1 = "14 Fennimore Crescent", Town = "Ashbury",
                Postcode = "ZZ9 4QX", Phone = "01632 960 417", Email = "marguerite.thistle@example.org",
            },
        }, staff["Priya Shah"]);
        Assert.Empty(logged.Errors);
        return new World(database, staff, logged);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EachKindOfSearchFindsTheCase(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.ApplyAsync(new AddNoteCommand("Visited with the loftwright from repairs."));
        await world.ApplyAsync(new LogCallCommand(TestToday.Date, "Caller says the quinceberry wallpaper is ruined."));
        var reference = world.Case.Reference!;
        var number = reference.Split('-')[^1];

        string[] terms =
        [
            reference, reference.ToLowerInvariant(), reference.Replace("-", ""), number,
            "Marguerite", "marg", "Thistlewood", "thistle", "Marguerite Thistlewood", "MRS THISTLEWOOD",
            "Fennimore", "fennimore crescent", "Ashbury", "ZZ9 4QX", "zz94qx", "ZZ9",
            "01632 960 417", "01632960417", "+44 1632 960417", "1632960417", "960417",
            "marguerite.thistle@example.org", "marguerite.thistle@", "marguerite.thi",
            "Zephyrine", "zephyrine rains", "guttering", "loftwright", "quinceberry", "thistlewood quinceberry",
        ];
        var missed = new List<string>();
        foreach (var term in terms)
        {
            if (!await world.FindsTheCaseAsync(term)) missed.Add(term);
        }

        Assert.Empty(missed);
        // Every word must match: a word the case does not have leaves it out.
        Assert.False(await world.FindsTheCaseAsync("Thistlewood Pemberton"));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ASearchNeverShowsACaseOutsideThePersonsAreas(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        string[] terms = [world.Case.Reference!, "Thistlewood", "01632960417", "960417", "marguerite.thistle@", "ZZ9 4QX", "Zephyrine"];

        foreach (var term in terms)
        {
            // A team leader and an officer of other areas find nothing; the case's own team leader and the complaints team find it.
            Assert.Equal((0, 0), ((await world.FindAsync(term, "David Okafor")).Total, (await world.FindAsync(term, "Tom Bennett")).Total));
            Assert.True(await world.FindsTheCaseAsync(term, "Sarah Mitchell"), term);
            Assert.True(await world.FindsTheCaseAsync(term, "Mark Ellis"), term);
        }
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheExactReferenceComesFirstThenTheMostRelevant(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var housing = await db.ServiceAreas.SingleAsync(a => a.Name == "Housing");
        // A newer case that mentions the reference in its text and in a note: found too, but after the case itself.
        var mentions = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = housing.Id,
            ReceivedDate = TestToday.Date.AddDays(-1).ToDateTime(TimeOnly.MinValue),
            Description = $"Same leak as {world.Case.Reference}, now in the flat below.",
            Complainant = new ComplainantForm { FirstName = "Osric", LastName = "Thistlewood", Phone = "01632 960 111" },
        }, world.Staff["Priya Shah"]);
        Assert.Empty(mentions.Errors);

        var byReference = await world.FindAsync(world.Case.Reference!);
        var byName = await world.FindAsync("Thistlewood");

        Assert.Equal([world.Case.ComplaintId!.Value, mentions.ComplaintId!.Value], byReference.Rows.Select(r => r.Id));
        Assert.Equal(2, byName.Total);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheIndexFollowsEditsADateCorrectionAndBlankingTheComplainant(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        Assert.False(await world.FindsTheCaseAsync("loftwright"));
        await world.ApplyAsync(new AddNoteCommand("Visited with the loftwright from repairs."));
        Assert.True(await world.FindsTheCaseAsync("loftwright"));
        Assert.False(await world.FindsTheCaseAsync("quinceberry"));
        await world.ApplyAsync(new LogCallCommand(TestToday.Date, "Caller says the quinceberry wallpaper is ruined."));
        Assert.True(await world.FindsTheCaseAsync("quinceberry"));

        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var person = await db.Complainants.SingleAsync(p => p.LastName == "Thistlewood");
            person.LastName = "Ravensworth";
            person.Phone = "01632 960 988";
            await db.SaveChangesAsync();
        }

        Assert.True(await world.FindsTheCaseAsync("Ravensworth"));
        Assert.True(await world.FindsTheCaseAsync("960988"));
        Assert.False(await world.FindsTheCaseAsync("Thistlewood"));
        Assert.False(await world.FindsTheCaseAsync("960417"));

        var corrected = TestToday.Date.AddDays(-20);
        await world.ApplyAsync(new CorrectReceivedDateCommand(corrected.ToDateTime(new TimeOnly(9, 0)), "The letter was found in the post room."));
        var afterCorrection = await world.FindAsync("Zephyrine");
        Assert.Equal(corrected, afterCorrection.Rows.Single(r => r.Id == world.Case.ComplaintId).ReceivedOn);

        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            // As anonymisation will: the person's details blanked on the record.
            var person = await db.Complainants.SingleAsync(p => p.LastName == "Ravensworth");
            (person.Title, person.FirstName, person.LastName, person.AddressLine1, person.Town, person.Postcode, person.Phone, person.Email) =
                (null, "", "Anonymised", null, null, null, null, null);
            await db.SaveChangesAsync();
        }

        foreach (var term in new[] { "Marguerite", "Ravensworth", "Fennimore", "ZZ9 4QX", "960988", "marguerite.thistle@" })
        {
            Assert.False(await world.FindsTheCaseAsync(term), term);
        }

        // The case itself is still found by what it says.
        Assert.True(await world.FindsTheCaseAsync("Zephyrine"));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task RebuildingTheIndexFindsWhatEverySaveIndexed(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.ApplyAsync(new AddNoteCommand("Visited with the loftwright from repairs."));
        string[] terms = ["mould", "Margaret", "bin", "Thistlewood", "loftwright", "960417", world.Case.Reference!];
        var before = new List<IReadOnlyList<int>>();
        foreach (var term in terms) before.Add((await world.FindAsync(term, "Mark Ellis")).Rows.Select(r => r.Id).Order().ToList());

        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            await CaseSearchIndex.RebuildAsync(db, CancellationToken.None);
            Assert.Equal(CaseSearchIndex.DocumentVersion, await CaseSearchIndex.StoredVersionAsync(db));
        }

        var after = new List<IReadOnlyList<int>>();
        foreach (var term in terms) after.Add((await world.FindAsync(term, "Mark Ellis")).Rows.Select(r => r.Id).Order().ToList());
        Assert.Equal(before, after);
        Assert.All(before[3..], ids => Assert.Contains(world.Case.ComplaintId!.Value, ids));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheFirstStartAfterTheIndexWasMadeBuildsItFromTheCases(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            // As the migration leaves it: empty, and never built.
            var empty = provider == DatabaseProvider.Sqlite ? """DELETE FROM "CaseSearch"; DELETE FROM "CaseContactSearch";""" : """DELETE FROM "CaseSearch";""";
            await db.Database.ExecuteSqlRawAsync(empty);
            await db.SearchIndexVersion.ExecuteDeleteAsync();
        }

        Assert.False(await world.FindsTheCaseAsync("Thistlewood"));

        await world.Database.Get<DatabaseInitializer>().MigrateAsync();

        Assert.True(await world.FindsTheCaseAsync("Thistlewood"));
        Assert.True(await world.FindsTheCaseAsync("960417"));
        Assert.NotEqual(0, (await world.FindAsync("mould", "Mark Ellis")).Total);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AWholePostcodeOrAnEmailListsTheOneTypedExactlyFirstThenLongerOnesAndTextThatMentionsIt(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var housing = (await db.ServiceAreas.SingleAsync(a => a.Name == "Housing")).Id;
        async Task<int> LogAsync(string description, string lastName, string phone, string? postcode, int daysAgo, string? email = null)
        {
            var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
            {
                ServiceAreaId = housing,
                ReceivedDate = TestToday.Date.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue),
                Description = description,
                Complainant = new ComplainantForm { FirstName = "Ines", LastName = lastName, Postcode = postcode, Phone = phone, Email = email },
            }, world.Staff["Priya Shah"]);
            Assert.Empty(logged.Errors);
            return logged.ComplaintId!.Value;
        }

        // "Z9 4QX" is inside the first case's "ZZ9 4QX"; the newest case mentions it in its text only.
        var own = await LogAsync("Bins missed again.", "Vorobyova", "01632 960 999", "Z9 4QX", 5, "ines@example.net");
        var mentions = await LogAsync("Fly-tipping at the end of the lane by Z9 4QX.", "Quennell", "01632 960 555", null, 1);

        var found = (await world.FindAsync("Z9 4QX")).Rows.Select(r => r.Id).ToList();

        Assert.Equal(own, found[0]);
        Assert.Contains(world.Case.ComplaintId!.Value, found);
        Assert.Contains(mentions, found);
        Assert.Equal(world.Case.ComplaintId!.Value, (await world.FindAsync("ZZ9 4QX")).Rows[0].Id);

        // An email is looked for among the contact details only: the one typed exactly comes before a newer one holding it.
        var longer = await LogAsync("Repairs not done.", "Marsh", "01632 960 777", null, 0, "maxines@example.net");
        Assert.Equal([own, longer], (await world.FindAsync("ines@example.net")).Rows.Select(r => r.Id));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheRebuildCommandFindsWhatWasLoadedBeneathTheApplication(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            // As a load straight into the database would leave it: the complainant renamed, the index none the wiser.
            var complainant = await db.Complaints.Where(c => c.Id == world.Case.ComplaintId).Select(c => c.ComplainantId).SingleAsync();
            await db.Complainants.Where(p => p.Id == complainant).ExecuteUpdateAsync(u => u.SetProperty(p => p.LastName, "Quillfeather"));
        }

        var initializer = world.Database.Get<DatabaseInitializer>();
        await initializer.MigrateAsync();
        Assert.False(await world.FindsTheCaseAsync("Quillfeather"));

        await initializer.MigrateAsync(rebuildSearchIndex: true);

        Assert.True(await world.FindsTheCaseAsync("Quillfeather"));
        Assert.False(await world.FindsTheCaseAsync("Thistlewood"));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheMatchedWordsAreMarkedOnTheSameRowsOnEitherDatabase(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.ApplyAsync(new AddNoteCommand("Visited with the loftwright from repairs."));

        var byNote = (await world.FindAsync("loftwright")).Rows.Single(r => r.Id == world.Case.ComplaintId).Match!;
        var byName = (await world.FindAsync("thistle")).Rows.Single(r => r.Id == world.Case.ComplaintId).Match!;
        var byPhone = (await world.FindAsync("960417")).Rows.Single(r => r.Id == world.Case.ComplaintId).Match!;

        Assert.Equal(("Note", "loftwright"), (byNote.Field, byNote.Runs.Single(r => r.IsMatch).Text));
        Assert.Equal(("Name", "Thistlewood"), (byName.Field, byName.Runs.Single(r => r.IsMatch).Text));
        Assert.Equal(("Phone", "960417"), (byPhone.Field, byPhone.Runs.Single(r => r.IsMatch).Text));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task InputThatLooksLikeSearchSyntaxFindsNothingAndDoesNotFail(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);

        foreach (var term in new[] { "\"", "*", "NEAR(", "a OR b", "thistle* -x", "'); DROP TABLE \"Complaints\"; --", "!@#", "{0}", "%_%" })
        {
            var page = await world.FindAsync(term, "Mark Ellis");
            Assert.True(page.Total < 1000, term);
        }

        Assert.Equal(0, (await world.FindAsync("!@#", "Mark Ellis")).Total);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ASearchMatchingTooManyToRankListsTheNewestFirstAndCountsNoFurtherThanTheCap(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var list = world.Database.Get<CaseListQuery>();
        foreach (var (person, openOnly) in new[] { ("Mark Ellis", false), ("Sarah Mitchell", false), ("Sarah Mitchell", true) })
        {
            var filter = new CaseListFilter { Search = "the", OpenOnly = openOnly };
            var staff = world.Staff[person];
            // Ranked, as few enough match under the usual cap: the same cases the unranked list must show, newest first.
            var all = new List<int>();
            for (var page = 0; all.Count == page * 100; page++) all.AddRange((await list.SearchAsync(filter, staff, page, 100)).Rows.Select(r => r.Id));
            all = all.OrderDescending().ToList();
            Assert.True(all.Count > 4, $"{person}: only {all.Count} cases hold \"the\"");

            var first = await list.SearchAsync(filter, staff, 0, 2, countCap: 3, rankCap: 1);
            var second = await list.SearchAsync(filter, staff, 1, 2, countCap: 3, rankCap: 1);
            var uncapped = await list.SearchAsync(filter, staff, 0, 100, countCap: 1000, rankCap: 1);

            Assert.Equal(all.Take(2), first.Rows.Select(r => r.Id));
            Assert.Equal(all.Skip(2).Take(2), second.Rows.Select(r => r.Id));
            Assert.Equal((3, true), (first.Total, first.TotalIsAtLeast));
            Assert.Equal(all.Take(100), uncapped.Rows.Select(r => r.Id));
            Assert.Equal((all.Count, false), (uncapped.Total, uncapped.TotalIsAtLeast));
        }
    }

    [Fact]
    public async Task OnSqliteTheMatchesLeadABatchAtATimeAndTheFiltersTakeOverPastTheBudget()
    {
        await using var world = await CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var terms = SearchTerms.Parse("the");
        foreach (var person in new[] { "Mark Ellis", "Sarah Mitchell" })
        {
            var cases = (await CaseVisibility.OfAsync(db, world.Staff[person], CancellationToken.None)).Apply(db.Complaints.AsNoTracking());
            // The filters leading (as for open cases only) is the reference: every visible match, newest first.
            var expected = await new SqliteCaseSearchDialect().NewestMatchingIdsAsync(db, cases, terms, null, 1000, true, _ => Task.FromResult<CaseSearchScope?>(null), CancellationToken.None);
            Assert.True(expected.Count > 6, $"{person}: only {expected.Count} cases hold \"the\"");
            Assert.Equal(expected.OrderDescending(), expected);

            foreach (var (batch, budget) in new[] { (1, 1000), (2, 4), (3, 1000), (5, 5) })
            {
                var dialect = new SqliteCaseSearchDialect(batch, budget);
                foreach (var limit in new[] { 1, 2, 5, expected.Count, expected.Count + 1 })
                {
                    var ids = await dialect.NewestMatchingIdsAsync(db, cases, terms, null, limit, false, _ => Task.FromResult<CaseSearchScope?>(null), CancellationToken.None);
                    Assert.Equal(expected.Take(limit), ids);
                }
            }
        }
    }

    [Theory, PostgresData]
    public async Task OnPostgreSqlTheNewestMatchesAreReadFromTheNewestIdsOutwards(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var outsideHerAreas = await SarahLogsAWasteCaseAsync(world);
        var terms = SearchTerms.Parse("the");
        foreach (var person in new[] { "Mark Ellis", "Sarah Mitchell" })
        {
            var visibility = await CaseVisibility.OfAsync(db, world.Staff[person], CancellationToken.None);
            var cases = visibility.Apply(db.Complaints.AsNoTracking());
            var scope = await visibility.SearchScopeAsync(db, CancellationToken.None);
            Assert.Equal(person == "Mark Ellis", scope is null);
            // The reference: every visible match, newest first, as one query.
            var plain = new PostgresCaseSearchDialect();
            var expected = await plain.WhereMatching(cases, plain.Matching(db, terms)).OrderByDescending(c => c.Id).Select(c => c.Id).ToListAsync();
            Assert.True(expected.Count > 6, $"{person}: only {expected.Count} cases hold \"the\"");
            Assert.Contains(outsideHerAreas, expected);

            // Spans of a few ids make several looks of the demo's cases, each widened by what the last found, and small
            // batches several lookups in each; the filters keeping few cases, the cases lead instead.
            foreach (var (span, batch) in new[] { (1, 2000), (2, 1), (3, 2), (7, 3), (100_000, 2), (100_000, 2000) })
            {
                var dialect = new PostgresCaseSearchDialect(span, batch);
                foreach (var limit in new[] { 1, 2, 5, expected.Count, expected.Count + 1 })
                {
                    foreach (var fewCasesPass in new[] { false, true })
                    {
                        var ids = await dialect.NewestMatchingIdsAsync(db, cases, terms, null, limit, fewCasesPass, _ => Task.FromResult(scope), CancellationToken.None);
                        Assert.Equal(expected.Take(limit), ids);
                    }
                }
            }
        }
    }

    [Theory, PostgresData]
    public async Task OnPostgreSqlEachHundredThousandCasesHaveASearchPartitionAndOneIsKeptAhead(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(["CaseSearch_0", "CaseSearch_1", "CaseSearch_Newer"], await PartitionsAsync(db));
        var caseCount = await db.Complaints.CountAsync();
        Assert.Equal(caseCount, await RowsInAsync(db, "CaseSearch_0"));

        // Ids jump past the partitions made (as an import of old cases with their own numbers might): the next case's
        // document waits in the default partition, and is still found.
        await db.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('"Complaints"', 'Id'), 250000)""");
        var area = await db.ServiceAreas.SingleAsync(a => a.Name == "Housing");
        var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = area.Id,
            ReceivedDate = TestToday.Date.AddDays(-1).ToDateTime(TimeOnly.MinValue),
            Description = "The Quillfeather Court lift has been broken for a fortnight.",
            Complainant = new ComplainantForm { FirstName = "Odette", LastName = "Brackenbury", Phone = "01632 960 555" },
        }, world.Staff["Priya Shah"]);
        Assert.Empty(logged.Errors);
        Assert.Equal(250001, logged.ComplaintId);
        Assert.Equal(1, await RowsInAsync(db, "CaseSearch_Newer"));
        Assert.Equal([250001], (await world.FindAsync("Quillfeather")).Rows.Select(r => r.Id));

        // The next start (or night) makes the partitions up to one past it and moves the waiting document into its own.
        await CaseSearchIndex.KeepStorageAsync(db);

        Assert.Equal(["CaseSearch_0", "CaseSearch_1", "CaseSearch_2", "CaseSearch_3", "CaseSearch_Newer"], await PartitionsAsync(db));
        Assert.Equal(0, await RowsInAsync(db, "CaseSearch_Newer"));
        Assert.Equal(1, await RowsInAsync(db, "CaseSearch_2"));
        Assert.Equal(caseCount, await RowsInAsync(db, "CaseSearch_0"));
        Assert.Equal([250001], (await world.FindAsync("Quillfeather")).Rows.Select(r => r.Id));
        Assert.Equal([250001], (await world.FindAsync("Brackenbury")).Rows.Select(r => r.Id));

        // Made already: a second keeping changes nothing.
        await CaseSearchIndex.KeepStorageAsync(db);
        Assert.Equal(5, (await PartitionsAsync(db)).Count);

        // Ids near the end of the integer's range: the last partition runs to the end, and none is made for the empty
        // ranges between.
        await db.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('"Complaints"', 'Id'), 2147450000)""");
        var last = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = area.Id,
            ReceivedDate = TestToday.Date.AddDays(-1).ToDateTime(TimeOnly.MinValue),
            Description = "The Marrowgate bus shelter has been vandalised again.",
            Complainant = new ComplainantForm { FirstName = "Odette", LastName = "Brackenbury", Phone = "01632 960 555" },
        }, world.Staff["Priya Shah"]);
        Assert.Empty(last.Errors);
        await CaseSearchIndex.KeepStorageAsync(db);
        Assert.Equal(["CaseSearch_0", "CaseSearch_1", "CaseSearch_2", "CaseSearch_21474", "CaseSearch_3", "CaseSearch_Newer"], await PartitionsAsync(db));
        Assert.Equal(1, await RowsInAsync(db, "CaseSearch_21474"));
        Assert.Equal([last.ComplaintId!.Value], (await world.FindAsync("Marrowgate")).Rows.Select(r => r.Id));

        static async Task<List<string>> PartitionsAsync(ComplaintsDbContext db) =>
            (await db.Database.SqlQueryRaw<string>("""
                SELECT c.relname AS "Value" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"CaseSearch"'::regclass
                """).ToListAsync()).Order(StringComparer.Ordinal).ToList();

#pragma warning disable EF1002 // The partition's name is one of this test's own.
        static async Task<int> RowsInAsync(ComplaintsDbContext db, string partition) =>
            await db.Database.SqlQueryRaw<int>($"""SELECT count(*)::int AS "Value" FROM "{partition}" """).SingleAsync();
#pragma warning restore EF1002
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheSearchScopeHoldsEveryCaseAPersonMaySee(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var outsideHerAreas = await SarahLogsAWasteCaseAsync(world);
        var sarahs = await (await CaseVisibility.OfAsync(db, world.Staff["Sarah Mitchell"], CancellationToken.None)).SearchScopeAsync(db, CancellationToken.None);
        Assert.Equal([outsideHerAreas], sarahs!.OwnCaseIds);

        var checkedCases = 0;
        foreach (var (person, staff) in world.Staff.Where(s => s.Value.IsCaseworker))
        {
            var visibility = await CaseVisibility.OfAsync(db, staff, CancellationToken.None);
            var seen = await visibility.Apply(db.Complaints.AsNoTracking()).Select(c => new { c.Id, c.ServiceAreaId }).ToListAsync();
            var scope = await visibility.SearchScopeAsync(db, CancellationToken.None);
            if (scope is null)
            {
                Assert.Equal(await db.Complaints.CountAsync(), seen.Count);
                continue;
            }

            // The search reads only the scope's matches: a case seen outside it would never be found.
            Assert.All(seen, c => Assert.True(scope.AreaIds.Contains(c.ServiceAreaId) || scope.OwnCaseIds.Contains(c.Id), $"{person} sees case {c.Id} outside the scope"));
            checkedCases += seen.Count;
        }

        Assert.True(checkedCases > 20, $"only {checkedCases} cases were checked");
    }

    /// <summary>A case Sarah Mitchell (a Housing team leader) sees only because she logged it, in Waste &amp; Recycling.</summary>
    private static async Task<int> SarahLogsAWasteCaseAsync(World world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var waste = await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling");
        var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = waste.Id,
            ReceivedDate = TestToday.Date.AddDays(-1).ToDateTime(TimeOnly.MinValue),
            Description = "The bins were not emptied again.",
            Complainant = new ComplainantForm { FirstName = "Odette", LastName = "Brackenbury", Phone = "01632 960 555" },
        }, world.Staff["Sarah Mitchell"]);
        Assert.Empty(logged.Errors);
        return logged.ComplaintId!.Value;
    }

    [Fact]
    public async Task TheBundledSqliteHasFts5()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_compileoption_used('ENABLE_FTS5')";

        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
