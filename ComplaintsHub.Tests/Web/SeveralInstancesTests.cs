using System.Net;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Web;

/// <summary>Two app instances behind a load balancer, sharing one database and nothing else.</summary>
public class SeveralInstances
{
    [Theory]
    [PostgresData]
    public async Task ASignInCookieFromOneInstanceIsAcceptedByAnotherBecauseTheKeysAreInTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = ComplaintsHubFactory.OverDatabase(database.Settings, seedDemoData: true);
        var cookies = new CookieContainer();
        var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        await onFirst.SignInAsAsync(DemoStaff.Officer);

        await using var second = ComplaintsHubFactory.OverDatabase(database.Settings);
        var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        var home = await onSecond.GetAsync("/");
        var caseList = await onSecond.GetAsync("/cases");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Matches($"data-testid=\"signed-in-as\"[^>]*>{DemoStaff.Officer}<", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, caseList.StatusCode);
        // One key ring, written by the first instance and read by the second.
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }
}
