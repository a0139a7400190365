using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Import;

/// <summary>
/// An imported case must count exactly as if it had been logged and worked in ComplaintsHub at the time: the same
/// histories, once imported and once replayed through the application's own services on a clock moved day by day,
/// give the dashboard the same figures for every quarter they touch.
/// </summary>
public class ImportedCaseKpis
{
    private const string Officer = "Olu Adebayo";

    /// <summary>A report as JSON, every figure in it; a quarter's <c>Previous</c> would lead back through every quarter there ever was.</summary>
    private static readonly JsonSerializerOptions EveryFigure = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { info => { if (info.Type == typeof(FinancialQuarter)) info.Properties.Remove(info.Properties.Single(p => p.Name == nameof(FinancialQuarter.Previous))); } },
        },
    };

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ImportedCasesGiveEveryQuarterTheSameFiguresAsTheSameCasesWorkedInTheApp(DatabaseProvider provider)
    {
        var quarters = new[] { -6, -3, 0 }.Select(months => ReportPeriod.QuarterContaining(TestToday.Date.AddMonths(months))).ToList();
        var cases = HistoricCase.Generate(quarters[0].Start, 40);
        Assert.True(cases.Max(c => c.Received) <= quarters[1].End);

        var (imported, importer) = await CouncilAsync(provider, TestToday.Now);
        await using var _ = imported;
        var result = await imported.Get<CaseImporter>().ImportAsync(CsvFileReader.Read(new MemoryStream(HistoricCase.ToCsv(cases, Officer)), "old-list.csv"), HistoricCase.Mapping, importer);
        Assert.Equal((cases.Count, 0), (result.Imported, result.AlreadyImported));

        var (worked, admin) = await CouncilAsync(provider, At(quarters[0].Start.AddDays(-1)));
        await using var __ = worked;
        await WorkInTheAppAsync(worked, admin, cases);
        worked.Clock.SetUtcNow(TestToday.Now);

        var reports = new List<KpiReport>();
        foreach (var quarter in quarters)
        {
            var fromImport = await imported.Get<KpiQuery>().GetAsync(new KpiFilter(quarter), importer);
            var fromApp = await worked.Get<KpiQuery>().GetAsync(new KpiFilter(quarter), admin);
            // Every figure of the report, not a chosen few: the whole report as the dashboard and workbook receive it.
            Assert.Equal(Figures(fromApp), Figures(fromImport));
            reports.Add(fromImport);
        }

        // The figures compared are not empty ones: each kind of history is counted, in the quarter it belongs to.
        Assert.Equal(cases.Count, reports.Sum(r => r.Stage(1).Received));
        Assert.Equal(cases.Count(c => c.Escalated is not null), reports.Sum(r => r.Stage(2).Received));
        Assert.Equal(cases.Count(c => c.Responded is not null), reports.Sum(r => r.Stage(1).Responded));
        Assert.Equal(cases.Count(c => c.Responded == c.Received.AddDays(30)), reports.Sum(r => r.Stage(1).Late));
        Assert.Equal(cases.Count(c => c.Closed is not null), reports.Sum(r => r.ClosedInPeriod));
        Assert.Equal(cases.Count(c => c.Stage2Responded is not null), reports.Sum(r => r.Stage(2).Responded));
        Assert.Equal(1, reports.Sum(r => r.Stage(2).Late));
        Assert.All(reports.Take(2), r => Assert.NotEqual(0, r.Stage(1).Received));
    }

    /// <summary>
    /// Every figure of the report as canonical JSON. The rows of a table are sorted: PostgreSQL may return the same rows
    /// in another order, and the pages sort them for display.
    /// </summary>
    private static string Figures(KpiReport report) => Canonical(JsonSerializer.SerializeToNode(report, EveryFigure))!.ToJsonString();

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonArray array => new JsonArray([.. array.Select(Canonical).OrderBy(n => n?.ToJsonString(), StringComparer.Ordinal)]),
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        _ => node?.DeepClone(),
    };

    /// <summary>Each history replayed in date order across all the cases, each step at 09:00 on its day, as the import dates them.</summary>
    private static async Task WorkInTheAppAsync(TestDatabase database, CurrentStaff admin, IReadOnlyList<HistoricCase> cases)
    {
        Guid officerId;
        await using (var db = await database.Factory.CreateDbContextAsync()) officerId = await db.StaffUsers.Where(s => s.DisplayName == Officer).Select(s => s.Id).SingleAsync();
        // Stage 2 is answered by someone other than who answered Stage 1, as the case itself requires.
        var head = await HeadOfServiceAsync(database);
        var ids = new Dictionary<int, int>();
        var steps = cases.SelectMany(c => new (DateOnly? On, int Order, Func<Task> Step)[]
        {
            (c.Received, 0, async () => ids[c.Number] = await LogAsync(database, admin, c)),
            (c.WithOfficer ? c.Received : null, 1, () => ApplyAsync(database, admin, ids[c.Number], new AllocateCommand(officerId))),
            (c.Acknowledged, 2, () => ApplyAsync(database, admin, ids[c.Number], new AcknowledgeCommand(null))),
            (c.Responded, 3, () => ApplyAsync(database, admin, ids[c.Number],
                new RecordResponseCommand(new StageResponse(c.Outcome!.Value, RootCause: c.IsUpheld ? HistoricCase.RootCause : null, LessonLearnt: c.IsUpheld ? HistoricCase.Lesson : null)))),
            (c.Escalated, 4, () => ApplyAsync(database, admin, ids[c.Number], new EscalateCommand("The complainant was in hospital."))),
            // The import takes Stage 2 as acknowledged on the day it opened, which the old list does not record.
            (c.Stage2Responded is null ? null : c.Escalated, 5, () => ApplyAsync(database, admin, ids[c.Number], new AcknowledgeCommand(null))),
            (c.Stage2Responded, 6, () => ApplyAsync(database, head, ids[c.Number],
                new RecordResponseCommand(new StageResponse(c.Stage2Outcome!.Value, RootCause: c.IsUpheldAtStage2 ? HistoricCase.RootCause : null, LessonLearnt: c.IsUpheldAtStage2 ? HistoricCase.Lesson : null)))),
            (c.Closed, 7, () => ApplyAsync(database, admin, ids[c.Number], new CloseCommand())),
        }.Where(s => s.On is not null).Select(s => (On: s.On!.Value, c.Number, s.Order, s.Step)));

        foreach (var step in steps.OrderBy(s => s.On).ThenBy(s => s.Number).ThenBy(s => s.Order))
        {
            database.Clock.SetUtcNow(At(step.On));
            await step.Step();
        }
    }

    private static async Task<CurrentStaff> HeadOfServiceAsync(TestDatabase database)
    {
        var head = await CaseImport.SignedInAsync(database, "oid-head", StaffRole.HeadOfService);
        await using var db = await database.Factory.CreateDbContextAsync();
        var person = await db.StaffUsers.Include(s => s.ServiceAreas).SingleAsync(s => s.Id == head.StaffUserId);
        person.SetServiceAreas(await db.ServiceAreas.ToListAsync());
        await db.SaveChangesAsync();
        return head;
    }

    private static async Task<int> LogAsync(TestDatabase database, CurrentStaff admin, HistoricCase c)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var area = await db.ServiceAreas.SingleAsync(a => a.Name == c.Area);
        var form = new ContactLogForm
        {
            Channel = c.Channel,
            ReceivedDate = c.Received.ToDateTime(TimeOnly.MinValue),
            ServiceAreaId = area.Id,
            SubjectId = await db.Subjects.Where(s => s.ServiceAreaId == area.Id && s.Name == c.Subject).Select(s => (int?)s.Id).SingleAsync(),
            CategoryId = await db.Categories.Where(k => k.Name == c.Category).Select(k => (int?)k.Id).SingleAsync(),
            Description = $"Complaint {c.Number}",
            Complainant = new ComplainantForm { FirstName = "Person", LastName = c.Number.ToString(), Phone = c.Phone },
        };
        var logged = await database.Get<ContactLogging>().LogAsync(form, admin);
        Assert.Empty(logged.Errors);
        return logged.ComplaintId!.Value;
    }

    private static async Task ApplyAsync(TestDatabase database, CurrentStaff admin, int caseId, CaseCommand command)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var version = await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        await database.Get<CaseActions>().ApplyAsync(caseId, version, command, admin);
    }

    /// <summary>A council set up alike in both databases: three areas with a subject each, an officer, and the complaints team member who does everything.</summary>
    private static async Task<(TestDatabase, CurrentStaff)> CouncilAsync(DatabaseProvider provider, DateTimeOffset now)
    {
        var database = await TestDatabase.CreateAsync(provider, now);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var corporate = await db.Procedures.SingleAsync(p => p.Code == "Corporate");
            var housing = await db.Procedures.SingleAsync(p => p.Code == Procedure.HousingCode);
            var areas = new[] { new ServiceArea("Waste", "WST", corporate.Id), new ServiceArea("Housing", "HSG", housing.Id), new ServiceArea("Parking", "PKG", corporate.Id) };
            db.ServiceAreas.AddRange(areas);
            await db.SaveChangesAsync();
            db.Subjects.AddRange(new Subject("Missed collection", areas[0].Id), new Subject("Repairs", areas[1].Id), new Subject("Tickets", areas[2].Id));
            await db.SaveChangesAsync();
        }
        await database.Get<StaffDirectory>().RecordSignInAsync("oid-officer", Officer, "olu.adebayo@ashbury.example", [StaffRole.Officer]);
        var admin = await CaseImport.SignedInAsync(database, "oid-admin", StaffRole.ComplaintsAdmin);
        return (database, admin);
    }

    private static DateTimeOffset At(DateOnly day) => new(UkTime.ToUtc(day.ToDateTime(new TimeOnly(9, 0))), TimeSpan.Zero);
}
