using System.Collections.Concurrent;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Reports;

/// <summary>
/// A council with the demo reference data and staff but only these hand-built cases, each driven through the
/// aggregate on fixed dates, so every KPI has an answer worked out by hand (in the comments). "Now" is
/// 20 November 2026. Q2 2026/27 is 1 July – 30 September 2026; Monday 31 August 2026 is the summer bank holiday;
/// Good Friday and Easter Monday 2026 are 3 and 6 April.
/// </summary>
public sealed class KpiWorld : IAsyncDisposable
{
    public const int HomesIn2026 = 4000;
    public static readonly ReportPeriod Q2 = ReportPeriod.ForQuarter(2026, 2);
    public static readonly ReportPeriod Q3 = ReportPeriod.ForQuarter(2026, 3);

    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<KpiWorld>>> Worlds = new();

    private KpiWorld(TestDatabase database, Dictionary<string, CurrentStaff> staff, Dictionary<string, int> areas)
    {
        Database = database;
        Staff = staff;
        Areas = areas;
    }

    public TestDatabase Database { get; }
    public Dictionary<string, CurrentStaff> Staff { get; }
    public Dictionary<string, int> Areas { get; }
    public CurrentStaff Admin => Staff["Mark Ellis"];
    public CurrentStaff Councillor => Staff["Cllr Janet Hughes"];

    /// <summary>The world is only read by the KPI tests, so each provider builds it once.</summary>
    public static Task<KpiWorld> GetAsync(DatabaseProvider provider) =>
        Worlds.GetOrAdd(provider, p => new Lazy<Task<KpiWorld>>(() => CreateAsync(p))).Value;

    public Task<KpiReport> ReportAsync(ReportPeriod period, CurrentStaff? staff = null, int? areaId = null, int? procedureId = null) =>
        Database.Get<KpiQuery>().GetAsync(new KpiFilter(period, areaId, procedureId), staff ?? Admin);

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private static async Task<KpiWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        // A negative span simulates no days: reference data and staff only.
        await database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        var calendar = await database.Get<CalendarService>().GetAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var staffUsers = await db.StaffUsers.Include(s => s.Roles).ToListAsync();
        var staff = staffUsers.ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var procedures = await db.Procedures.Include(p => p.Stages).ToDictionaryAsync(p => p.Code);
        var areas = await db.ServiceAreas.Include(a => a.Subjects).ToDictionaryAsync(a => a.Name);
        var categories = await db.Categories.ToDictionaryAsync(c => c.Name, c => c.Id);
        var teamLeader = staff["David Okafor"].Actor;
        var head = staff["Fiona Campbell"].Actor;
        var officer = staff["Tom Bennett"];
        var number = 0;

        Complaint Log(string area, string procedure, DateOnly on, string? category, ContactClassification classification = ContactClassification.Complaint, int hour = 10)
        {
            var serviceArea = areas[area];
            var receivedAt = At(on, hour);
            return Complaint.Log(new Complaint.LogDetails($"KPI-{++number:000}", classification, receivedAt, Channel.Phone, serviceArea.Id, serviceArea.Subjects[0].Id,
                    category is null ? null : categories[category], new Complainant("Test", $"Person{number}"), "Hand-built case.", null, null),
                procedures[procedure], teamLeader, receivedAt, calendar);
        }

        void Answer(Complaint c, DateOnly on, Outcome outcome, Actor? by = null) =>
            c.RecordResponse(outcome is Outcome.Upheld or Outcome.PartlyUpheld ? new StageResponse(outcome, RootCause: "Cause", LessonLearnt: "Lesson") : new StageResponse(outcome),
                by ?? teamLeader, At(on), calendar);

        // A: 26 Aug, acknowledged 27 Aug, due 11 Sep (ten working days, skipping the 31 Aug bank holiday); answered 11 Sep: within, 10 working days.
        var a = Log("Waste & Recycling", "Corporate", new(2026, 8, 26), "Delay");
        a.Acknowledge(teamLeader, At(new(2026, 8, 27)), calendar);
        Answer(a, new(2026, 9, 11), Outcome.NotUpheld);
        a.Close(teamLeader, At(new(2026, 9, 14)));

        // B: 3 Aug, acknowledged 4 Aug, due 18 Aug, extended five working days to 25 Aug; answered 24 Aug: within (late without the extension), 14 working days.
        var b = Log("Waste & Recycling", "Corporate", new(2026, 8, 3), "Delay");
        b.Acknowledge(teamLeader, At(new(2026, 8, 4)), calendar);
        b.Extend(5, "Waiting for the crew's report.", At(new(2026, 8, 10)), teamLeader, At(new(2026, 8, 10)), calendar);
        Answer(b, new(2026, 8, 24), Outcome.Upheld);
        b.Close(teamLeader, At(new(2026, 8, 26)));

        // C: 1 Jul, acknowledged 2 Jul, due 16 Jul; answered 21 Jul: 3 working days late, 13 to respond. Escalated 30 Jul;
        // Stage 2 acknowledged 31 Jul, due 28 Aug; answered 2 Sep: 2 working days late (the bank holiday does not count), 22 to respond.
        // Closed 3 Sep; Ombudsman enquiry 10 Sep, fault causing injustice decided 20 Sep, remedy due 5 Oct, complied with 2 Oct (closed in Q3).
        var c = Log("Waste & Recycling", "Corporate", new(2026, 7, 1), "Staff conduct");
        c.Allocate(officer.StaffUserId, officer.Name, teamLeader, At(new(2026, 7, 1), 11));
        c.Acknowledge(teamLeader, At(new(2026, 7, 2)), calendar);
        Answer(c, new(2026, 7, 21), Outcome.PartlyUpheld);
        c.Escalate(null, teamLeader, At(new(2026, 7, 30)), calendar);
        c.Acknowledge(head, At(new(2026, 7, 31)), calendar);
        Answer(c, new(2026, 9, 2), Outcome.NotUpheld, head);
        c.Close(head, At(new(2026, 9, 3)));
        c.ReferToOmbudsman("26 000 001", new(2026, 9, 10), teamLeader, At(new(2026, 9, 10)));
        c.RecordOmbudsmanDecision(OmbudsmanDecision.FaultAndInjustice, new(2026, 9, 20), "Apologise and pay £150.", new(2026, 10, 5), teamLeader, At(new(2026, 9, 21)));
        c.RecordRemedyCompliance(new(2026, 10, 2), teamLeader, At(new(2026, 10, 2)));

        // D: 15 Sep, acknowledged 16 Sep, withdrawn 18 Sep at Stage 1.
        var d = Log("Waste & Recycling", "Corporate", new(2026, 9, 15), "Communication");
        d.Acknowledge(teamLeader, At(new(2026, 9, 16)), calendar);
        d.Withdraw("Sorted out.", teamLeader, At(new(2026, 9, 18)));

        // E: 16:00 on 30 Sep, the quarter's last day; never acknowledged or allocated. Acknowledgement due 7 Oct: not overdue at the end
        // of Q2, overdue now.
        var e = Log("Waste & Recycling", "Corporate", new(2026, 9, 30), null, hour: 16);

        // F: 1 Oct, the first day of Q3; never acknowledged (due 8 Oct: overdue now).
        var f = Log("Waste & Recycling", "Corporate", new(2026, 10, 1), "Delay");

        // G: 31 Mar 2026 (the last day of 2025/26), acknowledged 1 Apr, due 17 Apr (Easter skipped); answered 10 Apr in 2026/27: within, 5 working days.
        var g = Log("Waste & Recycling", "Corporate", new(2026, 3, 31), "Delay");
        g.Acknowledge(teamLeader, At(new(2026, 4, 1)), calendar);
        Answer(g, new(2026, 4, 10), Outcome.NotUpheld);
        g.Close(teamLeader, At(new(2026, 4, 13)));

        // H: 1 Sep, allocated, acknowledged 2 Sep, due 16 Sep; still unanswered on 30 Sep (open and overdue at the end of Q2); answered 1 Oct, 11 days late.
        var h = Log("Waste & Recycling", "Corporate", new(2026, 9, 1), "Delay");
        h.Allocate(officer.StaffUserId, officer.Name, teamLeader, At(new(2026, 9, 1), 11));
        h.Acknowledge(teamLeader, At(new(2026, 9, 2)), calendar);
        Answer(h, new(2026, 10, 1), Outcome.NotUpheld);

        // I: a service request of 10 Jul, allocated, turned into a complaint on 14 Jul (counted from 10 Jul); never acknowledged
        // (due 17 Jul): open and overdue.
        var i = Log("Waste & Recycling", "Corporate", new(2026, 7, 10), null, ContactClassification.ServiceRequest);
        i.Allocate(officer.StaffUserId, officer.Name, teamLeader, At(new(2026, 7, 10), 11));
        i.ConvertToComplaint(procedures["Corporate"], "The service failed again.", teamLeader, At(new(2026, 7, 14)), calendar);

        // J: a service request of 20 Jul, resolved.
        var j = Log("Waste & Recycling", "Corporate", new(2026, 7, 20), null, ContactClassification.ServiceRequest);
        j.Resolve("Bin delivered.", teamLeader, At(new(2026, 7, 22)));

        // K: 6 Jul, acknowledged 7 Jul, due 21 Jul; answered 10 Jul and closed, reopened 20 Jul, answered again 5 Aug: one Stage 1 response,
        // 11 working days late, 21 to respond.
        var k = Log("Waste & Recycling", "Corporate", new(2026, 7, 6), "Quality of service");
        k.Acknowledge(teamLeader, At(new(2026, 7, 7)), calendar);
        Answer(k, new(2026, 7, 10), Outcome.NotUpheld);
        k.Close(teamLeader, At(new(2026, 7, 13)));
        k.Reopen("The customer sent new evidence.", teamLeader, At(new(2026, 7, 20)));
        Answer(k, new(2026, 8, 5), Outcome.NotUpheld);
        k.Close(teamLeader, At(new(2026, 8, 6)));

        // L: housing, 7 Jul, acknowledged 8 Jul; answered 15 Jul: within, 5 working days.
        var l = Log("Housing", "Housing", new(2026, 7, 7), "Missed or failed service");
        l.Acknowledge(staff["Sarah Mitchell"].Actor, At(new(2026, 7, 8)), calendar);
        Answer(l, new(2026, 7, 15), Outcome.NotUpheld, staff["Sarah Mitchell"].Actor);
        l.Close(staff["Sarah Mitchell"].Actor, At(new(2026, 7, 16)));

        db.Complaints.AddRange(a, b, c, d, e, f, g, h, i, j, k, l);
        db.HousingStock.Add(new HousingStock(2026, HomesIn2026));
        await db.SaveChangesAsync();
        return new KpiWorld(database, staff, areas.ToDictionary(x => x.Key, x => x.Value.Id));
    }

    private static DateTime At(DateOnly on, int hour = 10) => UkTime.ToUtc(on.ToDateTime(new TimeOnly(hour, 0)));
}
