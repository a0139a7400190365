using System.Reflection;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>A seeded council with two fresh housing complaints from one tenant, and a waste complaint from someone else.</summary>
internal sealed class FlagWorld : IAsyncDisposable
{
    public required TestDatabase Database { get; init; }
    public required Dictionary<string, CurrentStaff> Staff { get; init; }
    public required int Mould { get; init; }
    public required int Rent { get; init; }
    public required int Bins { get; init; }

    public CaseActions Actions => Database.Get<CaseActions>();
    public CaseRiskFlagsQuery Flags => Database.Get<CaseRiskFlagsQuery>();

    public static async Task<FlagWorld> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 40);
        await using var db = await database.Factory.CreateDbContextAsync();
        var people = (await db.StaffUsers.Include(s => s.Roles).ToListAsync())
            .ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id);
        var logging = database.Get<ContactLogging>();
        var mould = await logging.LogAsync(new ContactLogForm
        {
            ServiceAreaId = areas["Housing"], ReceivedDate = TestToday.Date.AddDays(-3).ToDateTime(TimeOnly.MinValue), ReceivedTime = new TimeSpan(10, 0, 0),
            Description = "Black mould in the bedroom; our four-year-old has asthma.",
            Complainant = new ComplainantForm { FirstName = "Amira", LastName = "Haddad", Phone = "07700 900456" },
        }, people["Priya Shah"]);
        var tenant = await db.Complaints.Where(c => c.Id == mould.ComplaintId).Select(c => c.ComplainantId).SingleAsync();
        var rent = await logging.LogAsync(new ContactLogForm
        {
            ServiceAreaId = areas["Housing"], ReceivedDate = TestToday.Date.AddDays(-1).ToDateTime(TimeOnly.MinValue), ReceivedTime = new TimeSpan(11, 0, 0),
            Description = "Rent statement is wrong.", ExistingComplainantId = tenant,
        }, people["Priya Shah"]);
        var bins = await logging.LogAsync(new ContactLogForm
        {
            ServiceAreaId = areas["Waste & Recycling"], ReceivedDate = TestToday.Date.AddDays(-2).ToDateTime(TimeOnly.MinValue), ReceivedTime = new TimeSpan(9, 0, 0),
            Description = "Bin missed again.", Complainant = new ComplainantForm { LastName = "Okonkwo", Phone = "07700 900123" },
        }, people["Tom Bennett"]);
        return new FlagWorld { Database = database, Staff = people, Mould = mould.ComplaintId!.Value, Rent = rent.ComplaintId!.Value, Bins = bins.ComplaintId!.Value };
    }

    public async Task RaiseAsync(int caseId, string person, RaiseRiskFlagCommand command) =>
        await Actions.ApplyAsync(caseId, await VersionAsync(caseId), command, Staff[person]);

    public async Task<Guid> VersionAsync(int caseId)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
    }

    public async Task<List<TimelineEvent>> TimelineAsync(int caseId)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await db.TimelineEvents.Where(t => t.ComplaintId == caseId).OrderBy(t => t.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class RiskFlagsOnCases
{
    [Fact]
    public async Task AFlagRaisedAndRemovedStaysInTheHistoryWithBothReasonsOnTheTimeline()
    {
        await using var world = await FlagWorld.CreateAsync();
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.SafeguardingConcern, false, null, "Health visitor raised a concern."));
        var raised = Assert.Single((await world.Flags.GetAsync(world.Mould, world.Staff["Priya Shah"])).Active);

        await world.Actions.ApplyAsync(world.Mould, await world.VersionAsync(world.Mould), new RemoveRiskFlagCommand(raised.Id, raised.Version, "Referral closed with no action."), world.Staff["Sarah Mitchell"]);

        var flags = await world.Flags.GetAsync(world.Mould, world.Staff["Sarah Mitchell"]);
        Assert.Empty(flags.Active);
        var kept = Assert.Single(flags.History);
        Assert.Equal(("Priya Shah", "Health visitor raised a concern.", "Sarah Mitchell", "Referral closed with no action."), (kept.RaisedBy, kept.RaisedReason, kept.RemovedBy, kept.RemovalReason));
        var timeline = await world.TimelineAsync(world.Mould);
        Assert.Equal([TimelineEventType.RiskFlagRaised, TimelineEventType.RiskFlagRemoved], timeline.Where(t => t.Type is TimelineEventType.RiskFlagRaised or TimelineEventType.RiskFlagRemoved).Select(t => t.Type));
    }

    [Fact]
    public async Task AReasonOrRestrictionLeftEmptyIsRefusedNextToItsFieldAndNothingIsSaved()
    {
        await using var world = await FlagWorld.CreateAsync();

        var noReason = await Assert.ThrowsAsync<InputRefusedException>(() => world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.VulnerablePerson, false, null, "  ")));
        var noRestriction = await Assert.ThrowsAsync<InputRefusedException>(() => world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.UnreasonableBehaviour, true, "", "Abusive calls.")));

        Assert.Equal((RiskFlagFields.Reason, RiskFlagFields.Detail), (noReason.Field, noRestriction.Field));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.RiskFlags.CountAsync());
    }

    [Fact]
    public async Task AComplainantsFlagShowsOnEachOfTheirCasesAndIsWrittenOnTheCaseItWasRaisedFrom()
    {
        await using var world = await FlagWorld.CreateAsync();

        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.UnreasonableBehaviour, true, "Contact by email only; single point of contact J Smith.", "Repeated abusive calls to the contact centre."));

        var onOtherCase = Assert.Single((await world.Flags.GetAsync(world.Rent, world.Staff["Priya Shah"])).Active);
        Assert.Equal((RiskFlagKind.UnreasonableBehaviour, true, "Contact by email only; single point of contact J Smith."), (onOtherCase.Kind, onOtherCase.OnComplainant, onOtherCase.Detail));
        Assert.Equal(1, (await world.TimelineAsync(world.Mould)).Count(t => t.Type == TimelineEventType.RiskFlagRaised));
        Assert.Equal(0, (await world.TimelineAsync(world.Rent)).Count(t => t.Type == TimelineEventType.RiskFlagRaised));
        Assert.Empty((await world.Flags.GetAsync(world.Bins, world.Staff["Tom Bennett"])).Active);
    }

    [Fact]
    public async Task TheOwnersMyWorkRowCarriesTheCasesAndTheComplainantsFlags()
    {
        await using var world = await FlagWorld.CreateAsync();
        await world.Actions.ApplyAsync(world.Mould, await world.VersionAsync(world.Mould), new AllocateCommand(world.Staff["Priya Shah"].StaffUserId), world.Staff["Sarah Mitchell"]);
        await world.RaiseAsync(world.Rent, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.VulnerablePerson, true, "Child with asthma.", "Told us on the call."));
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.SafeguardingConcern, false, null, "Health visitor's concern."));

        var work = await world.Database.Get<MyWorkQuery>().GetAsync(world.Staff["Priya Shah"]);

        Assert.Equal([RiskFlagKind.VulnerablePerson, RiskFlagKind.SafeguardingConcern], work.Cases.Single(c => c.Id == world.Mould).Flags!);
    }

    [Fact]
    public async Task APortfolioHolderNeitherSeesNorRaisesFlagsAndNoReportCarriesThem()
    {
        await using var world = await FlagWorld.CreateAsync();
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.VulnerablePerson, true, "Child with asthma.", "Told us on the call."));
        var councillor = world.Staff["Cllr Janet Hughes"];

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Flags.GetAsync(world.Mould, councillor));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Database.Get<CaseListQuery>().SearchAsync(new CaseListFilter { Flagged = true }, councillor, 0, 25));
        await Assert.ThrowsAsync<PermissionDeniedException>(async () =>
            await world.Actions.ApplyAsync(world.Rent, await world.VersionAsync(world.Rent), new RaiseRiskFlagCommand(RiskFlagKind.SafeguardingConcern, false, null, "Worried."), councillor));

        // The performance figures and the workbook are built from these types: none of them holds a flag.
        var flagTypes = new[] { typeof(RiskFlagKind), typeof(RiskFlag), typeof(CaseRiskFlag), typeof(CaseRiskFlags), typeof(HazardDeadline) };
        var carrying = typeof(KpiQuery).Assembly.GetTypes().Where(t => t.Namespace == typeof(KpiQuery).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p)))
            .Where(x => flagTypes.Any(f => x.p.PropertyType == f || x.p.PropertyType.GenericTypeArguments.Contains(f) || x.p.PropertyType.GetElementType() == f))
            .Select(x => $"{x.t.Name}.{x.p.Name}").ToList();
        Assert.Empty(carrying);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.RiskFlags.CountAsync());
    }

    [Fact]
    public async Task AnOfficerOutsideTheCasesAreasCannotReadItsFlagsByGuessingItsId()
    {
        await using var world = await FlagWorld.CreateAsync();
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.SafeguardingConcern, false, "Child protection plan.", "Social worker called."));

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Flags.GetAsync(world.Mould, world.Staff["Tom Bennett"]));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheCaseListFiltersOnAnyFlagOrOneKindCountingTheComplainantsFlagsAndNotRemovedOnes(DatabaseProvider provider)
    {
        await using var world = await FlagWorld.CreateAsync(provider);
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.VulnerablePerson, true, "Child with asthma.", "Told us on the call."));
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.DampAndMould, false, null, "Photos of black mould.", HazardSeverity.Significant, TestToday.Date));
        await world.RaiseAsync(world.Bins, "Tom Bennett", new RaiseRiskFlagCommand(RiskFlagKind.SafeguardingConcern, false, null, "Worried about the caller."));
        var removed = Assert.Single((await world.Flags.GetAsync(world.Bins, world.Staff["Tom Bennett"])).Active);
        await world.Actions.ApplyAsync(world.Bins, await world.VersionAsync(world.Bins), new RemoveRiskFlagCommand(removed.Id, removed.Version, "Raised in error."), world.Staff["Tom Bennett"]);
        var list = world.Database.Get<CaseListQuery>();
        var admin = world.Staff["Mark Ellis"];

        var any = await list.SearchAsync(new CaseListFilter { Flagged = true, Sort = CaseSort.Reference }, admin, 0, 100);
        var vulnerable = await list.SearchAsync(new CaseListFilter { FlagKind = RiskFlagKind.VulnerablePerson, Sort = CaseSort.Reference }, admin, 0, 100);
        var damp = await list.SearchAsync(new CaseListFilter { FlagKind = RiskFlagKind.DampAndMould }, admin, 0, 100);
        var safeguarding = await list.SearchAsync(new CaseListFilter { FlagKind = RiskFlagKind.SafeguardingConcern }, admin, 0, 100);

        Assert.Equal(new[] { world.Mould, world.Rent }.Order(), any.Rows.Select(r => r.Id).Order());
        Assert.Equal(2, any.Total);
        Assert.Equal(new[] { world.Mould, world.Rent }.Order(), vulnerable.Rows.Select(r => r.Id).Order());
        Assert.Equal([world.Mould], damp.Rows.Select(r => r.Id));
        Assert.Equal(0, safeguarding.Total);
        Assert.Equal([RiskFlagKind.VulnerablePerson, RiskFlagKind.DampAndMould], any.Rows.Single(r => r.Id == world.Mould).Flags!);
        Assert.Equal([RiskFlagKind.VulnerablePerson], any.Rows.Single(r => r.Id == world.Rent).Flags!);
        var everything = await list.SearchAsync(new CaseListFilter { Search = "Okonkwo" }, admin, 0, 100);
        Assert.Empty(everything.Rows.Single(r => r.Id == world.Bins).Flags!);
    }

    [Fact]
    public async Task ADampAndMouldFlagOnAHousingCaseShowsItsOwnDeadlinesInWorkingDaysAndAnAdminChangeMovesThem()
    {
        await using var world = await FlagWorld.CreateAsync();
        // Aware since Friday 20 November 2026 (a day past on every day the suite runs): ten working days on is Friday 4 December.
        await world.RaiseAsync(world.Mould, "Priya Shah", new RaiseRiskFlagCommand(RiskFlagKind.DampAndMould, false, null, "Photos of black mould.", HazardSeverity.Significant, new DateOnly(2026, 11, 20)));
        var before = await world.Flags.GetAsync(world.Mould, world.Staff["Priya Shah"]);
        var settings = world.Database.Get<HazardTimescaleSettings>();
        var investigate = (await settings.ListAsync(world.Staff["Mark Ellis"])).Single(t => t is { Severity: HazardSeverity.Significant, Order: 1 });

        await Assert.ThrowsAsync<PermissionDeniedException>(() => settings.SaveAsync(investigate.Id, investigate.Version, "Investigate", 5, HazardTimescaleUnit.WorkingDays, world.Staff["Sarah Mitchell"]));
        await settings.SaveAsync(investigate.Id, investigate.Version, "Investigate", 5, HazardTimescaleUnit.WorkingDays, world.Staff["Mark Ellis"]);
        var after = await world.Flags.GetAsync(world.Mould, world.Staff["Priya Shah"]);

        Assert.Equal(new DateOnly(2026, 12, 4), before.HazardDeadlines[0].DueOn);
        Assert.Equal(4, before.HazardDeadlines.Count);
        Assert.Equal(new DateOnly(2026, 11, 27), after.HazardDeadlines[0].DueOn);
        Assert.Equal(new DateOnly(2026, 12, 2), after.HazardDeadlines[1].DueOn);
        var changed = (await settings.ListAsync(world.Staff["Mark Ellis"])).Single(t => t.Id == investigate.Id);
        Assert.Equal(("Mark Ellis", 5), (changed.UpdatedBy, changed.Count));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.TimelineEvents.CountAsync(t => t.Type == TimelineEventType.SetupChanged && t.ComplaintId == null && t.ActorName == "Mark Ellis"));
    }

    [Fact]
    public async Task ATimescaleChangedBySomeoneElseMeanwhileIsRefusedNamingThem()
    {
        await using var world = await FlagWorld.CreateAsync();
        var settings = world.Database.Get<HazardTimescaleSettings>();
        var investigate = (await settings.ListAsync(world.Staff["Mark Ellis"])).Single(t => t is { Severity: HazardSeverity.Significant, Order: 1 });
        await settings.SaveAsync(investigate.Id, investigate.Version, "Investigate", 8, HazardTimescaleUnit.WorkingDays, world.Staff["Mark Ellis"]);

        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() => settings.SaveAsync(investigate.Id, investigate.Version, "Investigate", 9, HazardTimescaleUnit.WorkingDays, world.Staff["Mark Ellis"]));
        var nothing = await Assert.ThrowsAsync<InputRefusedException>(() => settings.SaveAsync(investigate.Id, investigate.Version, "Investigate", 0, HazardTimescaleUnit.WorkingDays, world.Staff["Mark Ellis"]));

        Assert.Contains("Mark Ellis", stale.Message);
        Assert.Equal(HazardTimescaleFields.Count, nothing.Field);
    }

    [Fact]
    public async Task ADampAndMouldFlagOnACaseOutsideTheHousingProcedureIsRefusedAndNoDeadlinesAppear()
    {
        await using var world = await FlagWorld.CreateAsync();

        await Assert.ThrowsAsync<DomainException>(() => world.RaiseAsync(world.Bins, "Tom Bennett",
            new RaiseRiskFlagCommand(RiskFlagKind.DampAndMould, false, null, "Mould at the depot.", HazardSeverity.Significant, TestToday.Date)));

        var flags = await world.Flags.GetAsync(world.Bins, world.Staff["Tom Bennett"]);
        Assert.Equal((0, 0, false), (flags.Active.Count, flags.HazardDeadlines.Count, flags.HousingProcedure));
    }
}
