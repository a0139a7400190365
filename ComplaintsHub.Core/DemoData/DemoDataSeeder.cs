using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// Fills an empty database with a district council's service areas, demo staff (one or more per role) and
/// about two years of cases, on the default procedures and categories every council starts with (added here if the
/// first start has not added them already). Every case is driven through the complaint aggregate, so its deadlines come from
/// the calendar and its timeline is what the real app would have written. A fixed random seed makes the same
/// data for the same "today".
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string DemoEntraPrefix = "demo-";
    private const int RandomSeed = 20260401;

    public async Task<SeedResult> SeedAsync(int days = 730, double contactsPerWorkingDay = 2.6, CancellationToken cancellationToken = default)
    {
        await using (var check = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await check.ServiceAreas.AnyAsync(cancellationToken) || await check.StaffUsers.AnyAsync(cancellationToken) || await check.Complaints.AnyAsync(cancellationToken))
            {
                return new SeedResult(false, 0, "The database already has data, so no demo data was added.");
            }
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await FirstStartDefaults.AddReferenceDataIfNoneAsync(db, cancellationToken);
        await HazardTimescaleSettings.AddDefaultsIfNoneAsync(db, cancellationToken);
        var procedures = await db.Procedures.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var missing = DemoProcedureCodes.Where(code => procedures.All(p => p.Code != code)).ToList();
        if (missing.Count > 0)
        {
            return new SeedResult(false, 0, $"The demo data needs the default procedures {string.Join(", ", missing)}, which this database does not have, so no demo data was added.");
        }

        var world = await SeedReferenceDataAsync(db, procedures, cancellationToken);
        var contacts = new CaseSimulator(world, calendar, now, new Random(RandomSeed)).Simulate(days, contactsPerWorkingDay);
        db.Complaints.AddRange(contacts);
        foreach (var counter in contacts.GroupBy(c => (Prefix: c.Reference[..3], c.ReceivedOn.Year)))
        {
            var referenceCounter = new ReferenceCounter(counter.Key.Prefix, counter.Key.Year);
            for (var i = 0; i < counter.Count(); i++) referenceCounter.Next();
            db.ReferenceCounters.Add(referenceCounter);
        }

        await db.SaveChangesAsync(cancellationToken);
        await CodeProvisionDefaults.AddIfNoneAsync(db, cancellationToken);
        db.ImprovementActions.AddRange(DemoImprovementActions.From(contacts, world, now));
        if (world.Staff.FirstOrDefault(s => s.HasRole(StaffRole.ComplaintsAdmin)) is { } manager && days > 0)
        {
            db.SelfAssessmentAnswers.AddRange(DemoSelfAssessment.ForYearBefore(await db.CodeProvisions.ToListAsync(cancellationToken), manager, now));
            if (DemoSubjectAccess.From(contacts, manager, now) is { } request) db.SubjectAccessRequests.Add(request);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded demo data: {Contacts} contacts over {Days} days", contacts.Count, days);
        return new SeedResult(true, contacts.Count, $"Added demo data: {contacts.Count} contacts over {days} days.");
    }

    /// <summary>The procedures the demo council's areas follow, and the one its information requests go to.</summary>
    private static readonly string[] DemoProcedureCodes = [.. ReferenceDataCatalogue.Areas.Select(a => a.Procedure).Append("InformationRights").Distinct()];

    /// <summary>The demo council's areas, teams and staff, on the procedures and categories already in the database.</summary>
    private static async Task<SeedWorld> SeedReferenceDataAsync(ComplaintsDbContext db, IReadOnlyList<Procedure> procedures, CancellationToken cancellationToken)
    {
        // In the order they were added, so the same random draws pick the same categories as ever.
        var categories = await db.Categories.Where(c => c.IsActive).OrderBy(c => c.Id).ToListAsync(cancellationToken);

        var partners = ReferenceDataCatalogue.Areas.Where(a => a.Partner is not null).Select(a => a.Partner!).Distinct()
            .ToDictionary(name => name, name => new SharedServicePartner(name));
        db.SharedServicePartners.AddRange(partners.Values);
        await db.SaveChangesAsync(cancellationToken);

        var areas = new List<SeedArea>();
        foreach (var seed in ReferenceDataCatalogue.Areas)
        {
            var area = new ServiceArea(seed.Name, seed.Code, procedures.Single(p => p.Code == seed.Procedure).Id) { PartnerId = seed.Partner is null ? null : partners[seed.Partner].Id };
            area.Subjects.AddRange(seed.Subjects.Select(s => new Subject(s)));
            db.ServiceAreas.Add(area);
            var team = new Team(seed.Team, 0);
            areas.Add(new SeedArea(area, team, seed));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var area in areas)
        {
            area.Team.ServiceAreaId = area.Area.Id;
            db.Teams.Add(area.Team);
        }

        await db.SaveChangesAsync(cancellationToken);

        var staff = new List<(StaffUser User, ReferenceDataCatalogue.StaffSeed Seed)>();
        foreach (var seed in ReferenceDataCatalogue.Staff)
        {
            var email = seed.Name.Replace("Cllr ", "cllr.").Replace(' ', '.').ToLowerInvariant() + "@ashbury.gov.uk";
            var user = new StaffUser(DemoEntraPrefix + seed.Key, seed.Name, email) { JobTitle = seed.JobTitle };
            user.SetRoles(seed.Roles);
            var seedAreas = seed.Roles.Contains(StaffRole.ComplaintsAdmin) ? areas : areas.Where(a => seed.Areas.Contains(a.Area.Name)).ToList();
            user.ServiceAreas.AddRange(seedAreas.Select(a => a.Area));
            user.TeamId = seedAreas.Count > 0 && !seed.Roles.Contains(StaffRole.ComplaintsAdmin) ? seedAreas[0].Team.Id : null;
            db.StaffUsers.Add(user);
            staff.Add((user, seed));
            if (seed.Roles.Contains(StaffRole.TeamLeader))
            {
                foreach (var team in seedAreas.Select(a => a.Team).Where(t => t.TeamLeaderId is null)) team.TeamLeaderId = user.Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SeedWorld(procedures, categories, areas, staff.Select(s => s.User).ToList());
    }
}
