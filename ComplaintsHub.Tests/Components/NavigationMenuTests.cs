using Bunit;
using ComplaintsHub.Components.Layout;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Components;

public class NavigationMenu : ComponentTestContext
{
    public static TheoryData<StaffRole, string[]> LinksByRole => new()
    {
        { StaffRole.Officer, ["/", "contacts/new", "cases", "inbox"] },
        { StaffRole.TeamLeader, ["/", "contacts/new", "cases", "inbox", "cases?due=week", "cases?unallocated=true", "actions", "improvement-actions", "learning", "kpis", "annual-report"] },
        { StaffRole.HeadOfService, ["/", "contacts/new", "cases", "inbox", "cases?due=week", "cases?unallocated=true", "actions", "improvement-actions", "learning", "spot-checks", "kpis", "annual-report"] },
        { StaffRole.ComplaintsAdmin, ["/", "contacts/new", "cases", "inbox", "cases?due=week", "cases?unallocated=true", "actions", "improvement-actions", "learning", "spot-checks", "kpis", "annual-report", "admin/council", "admin/procedures", "admin/calendar", "admin/service-areas", "admin/staff", "admin/import", "admin/letters", "admin/reporting", "ombudsman-figures", "self-assessment", "records", "records/subject-access", "admin/hazard-timescales", "admin/email"] },
        { StaffRole.PortfolioHolder, ["/", "kpis", "annual-report"] },
    };

    [Theory]
    [MemberData(nameof(LinksByRole))]
    public void ShowsOnlyWhatTheRoleMayUse(StaffRole role, string[] expectedLinks)
    {
        SignIn(Guid.NewGuid(), "Someone", role);

        var menu = RenderSignedIn<NavMenu>();

        var links = menu.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "").Select(h => h == "" ? "/" : h);
        Assert.Equal(expectedLinks, links);
    }

    [Fact]
    public void TheAdministrationGroupIsLabelledForTheComplaintsTeam()
    {
        SignIn(Guid.NewGuid(), "Mark Ellis", StaffRole.ComplaintsAdmin);

        var menu = RenderSignedIn<NavMenu>();

        Assert.Contains("Administration", menu.Markup);
        Assert.Contains("Working-day calendar", menu.Markup);
        Assert.Contains("Staff access", menu.Markup);
    }

    [Fact]
    public void SomeoneWithSeveralRolesSeesTheUnionOfTheirLinks()
    {
        SignIn(Guid.NewGuid(), "Mark Ellis", StaffRole.PortfolioHolder, StaffRole.ComplaintsAdmin);

        var menu = RenderSignedIn<NavMenu>();

        Assert.Equal(26, menu.FindAll("a.mud-nav-link").Count);
    }
}
