using System.Globalization;
using Bunit;
using ComplaintsHub.Components.Pages.Home;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class HomePanels : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync();
        Services.AddSingleton(_database.Get<MyWorkQuery>());
        Services.AddSingleton(_database.Get<HeadlineFiguresQuery>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task MyWorkShowsEachOpenCaseWithItsDueStatus()
    {
        var (officerId, openCases) = await OfficerWithOpenCasesAsync("Priya Shah");
        SignIn(officerId, "Priya Shah", StaffRole.Officer);

        var panel = RenderSignedIn<MyWorkPanel>();

        panel.WaitForAssertion(() => Assert.Equal(openCases.Count, panel.FindAll("[data-testid=my-cases] tbody tr").Count));
        Assert.All(openCases, reference => Assert.Contains(reference, panel.Markup));
        var overdue = panel.FindAll("[data-due-status=Overdue]").Count;
        Assert.Equal(overdue.ToString(), panel.Find("[data-testid=count-overdue] p").TextContent.Trim());
        Assert.Empty(panel.FindAll("[data-testid=count-unallocated]"));
    }

    [Fact]
    public void MyWorkSaysSoWhenNothingIsAllocated()
    {
        SignIn(Guid.NewGuid(), "New Starter", StaffRole.Officer);

        var panel = RenderSignedIn<MyWorkPanel>();

        panel.WaitForAssertion(() => Assert.Equal("You have no open cases allocated to you.", panel.Find("[data-testid=no-open-cases]").TextContent.Trim()));
    }

    [Fact]
    public async Task APortfolioHolderSeesCountsButNoCaseDetails()
    {
        SignIn(Guid.NewGuid(), "Cllr Janet Hughes", StaffRole.PortfolioHolder);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var names = await db.Complainants.Select(c => c.LastName).Distinct().ToListAsync();
        var references = await db.Complaints.Select(c => c.Reference).Take(50).ToListAsync();

        var panel = RenderSignedIn<HeadlineFiguresPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=kpi-received]")), TimeSpan.FromSeconds(10));
        Assert.Contains(FinancialQuarter.Containing(TestToday.Date).Label, panel.Markup);
        Assert.All(names, name => Assert.DoesNotContain($" {name}", panel.Markup));
        Assert.All(references, reference => Assert.DoesNotContain(reference, panel.Markup));
    }

    [Theory]
    [InlineData(DemoStaff.PortfolioHolder)]
    [InlineData(DemoStaff.TeamLeader)]
    public async Task TheHomeTilesShowTheDashboardsReceivedOpenAndOverdueForTheSameQuarterAndAreas(string name)
    {
        var staff = await StaffAsync(name);
        SignIn(staff.StaffUserId, staff.Name, [.. staff.Roles]);
        var dashboard = KpiTables.Build(await _database.Get<KpiQuery>().GetAsync(new KpiFilter(ReportPeriod.QuarterContaining(TestToday.Date)), staff));

        var panel = RenderSignedIn<HeadlineFiguresPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=kpi-received]")), TimeSpan.FromSeconds(10));
        Assert.Equal(DashboardTile(dashboard, "Complaints received (all stages)"), HomeTile(panel, "kpi-received"));
        Assert.Equal(DashboardTile(dashboard, "Complaints open "), HomeTile(panel, "kpi-open"));
        Assert.Equal(DashboardTile(dashboard, "Complaints overdue "), HomeTile(panel, "kpi-overdue"));
    }

    [Fact]
    public async Task ATeamLeadersTilesCountTheirOwnServiceAreasStagesOnly()
    {
        var leader = await StaffAsync(DemoStaff.TeamLeader);
        SignIn(leader.StaffUserId, leader.Name, [.. leader.Roles]);
        var quarter = FinancialQuarter.Containing(TestToday.Date);
        var today = TestToday.Date;
        await using var db = await _database.Factory.CreateDbContextAsync();
        var areas = await db.StaffUsers.Where(s => s.Id == leader.StaffUserId).SelectMany(s => s.ServiceAreas.Select(a => a.Id)).ToListAsync();
        var stages = db.ComplaintStages.Where(s => areas.Contains(s.ServiceAreaId));
        var received = await stages.CountAsync(s => s.OpenedOn >= quarter.Start && s.OpenedOn <= quarter.End);
        var openOnTheDay = db.ComplaintStages.Where(s => s.OpenedOn <= today && (s.ResponseSentOn == null || s.ResponseSentOn > today) && (s.WithdrawnOn == null || s.WithdrawnOn > today));
        var open = await openOnTheDay.CountAsync(s => areas.Contains(s.ServiceAreaId));

        var panel = RenderSignedIn<HeadlineFiguresPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=kpi-received]")), TimeSpan.FromSeconds(10));
        Assert.Equal(received.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), HomeTile(panel, "kpi-received"));
        Assert.Equal(open.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), HomeTile(panel, "kpi-open"));
        Assert.True(open < await openOnTheDay.CountAsync(), "the team leader's areas are not the whole council");
    }

    private static string DashboardTile(IReadOnlyList<KpiTable> tables, string labelStart) =>
        tables.Single(t => t.Key == KpiTables.Headline).Rows.Single(r => r.Labels[0].StartsWith(labelStart, StringComparison.Ordinal)).Cells[0].Text;

    private static string HomeTile(IRenderedComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState> panel, string testId) =>
        panel.Find($"[data-testid={testId}] p").TextContent.Trim();

    private async Task<CurrentStaff> StaffAsync(string name)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var staff = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == name);
        return new CurrentStaff(staff.Id, staff.DisplayName, staff.Roles.Select(r => r.Role).ToHashSet());
    }

    private async Task<(Guid, List<string>)> OfficerWithOpenCasesAsync(string name)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == name);
        var open = await db.Complaints.Where(c => c.AllocatedOfficerId == officer.Id && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn)
            .Select(c => c.Reference).ToListAsync();
        Assert.NotEmpty(open);
        return (officer.Id, open);
    }
}
