using System.Net;
using System.Security.Claims;
using ComplaintsHub.Auth;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Hosting;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace ComplaintsHub.Tests.Web;

public class FirstStart
{
    [Fact]
    public async Task InDevelopmentAnEmptyDatabaseIsCreatedMigratedAndSeeded()
    {
        await using var factory = ComplaintsHubFactory.CreateWithEmptyDatabase("Development", new Dictionary<string, string?> { ["DemoData:SeedWhenEmpty"] = "true" });
        var client = factory.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await client.SignInAsAsync(DemoStaff.Officer);
        Assert.Contains("My work", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task OutsideDevelopmentAnEmptyDatabaseIsMigratedButNeverSeededFromSettings()
    {
        await using var factory = ComplaintsHubFactory.CreateWithEmptyDatabase("Production", TestSettings.EntraConfigured(("DemoData:SeedWhenEmpty", "true")));
        factory.CreateClient();

        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.StaffUsers.CountAsync());
        Assert.Equal(0, await db.Complaints.CountAsync());
    }

    [Fact]
    public async Task InProductionAnEmptyDatabaseGetsTheDefaultProceduresCategoriesAndLetterTemplatesAndNothingElse()
    {
        await using var factory = ComplaintsHubFactory.CreateWithEmptyDatabase("Production", TestSettings.EntraConfigured());
        factory.CreateClient();

        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        Assert.Equal(DefaultReferenceData.Procedures().Select(p => (p.Code, p.StageCount)).Order(),
            (await db.Procedures.ToListAsync()).Select(p => (p.Code, p.StageCount)).Order());
        Assert.Equal(DefaultReferenceData.Categories.Length, await db.Categories.CountAsync());
        Assert.Equal(DefaultLetterTemplates.All.Keys.Order(), (await db.LetterTemplates.Where(t => t.ProcedureId == null).Select(t => t.Type).ToListAsync()).Order());
        Assert.Equal(DefaultLetterTemplates.All.Count * DefaultLetterTemplates.ProcedureCodes.Count, await db.LetterTemplates.CountAsync(t => t.ProcedureId != null));
        Assert.Equal((0, 0, 0), (await db.ServiceAreas.CountAsync(), await db.StaffUsers.CountAsync(), await db.Complaints.CountAsync()));
    }

    [Theory]
    [InlineData("Development", true, false, true)]
    [InlineData("Development", false, false, false)]
    [InlineData("Production", true, false, false)]
    [InlineData("Staging", false, false, false)]
    [InlineData("Production", false, true, true)]
    public void DemoDataIsSeededOnlyInDevelopmentOrWhenTheCommandLineAsks(string environment, bool seedWhenEmpty, bool commandLineSwitch, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DemoData:SeedWhenEmpty"] = seedWhenEmpty.ToString() }).Build();

        Assert.Equal(expected, DatabaseStartup.ShouldSeed(new HostingEnvironment { EnvironmentName = environment }, configuration, commandLineSwitch));
    }

    [Fact]
    public async Task AnUnreachablePostgreSqlServerStopsStartUpSayingWhichDatabaseAndWhatToCheck()
    {
        await using var factory = ComplaintsHubFactory.CreateWithEmptyDatabase("Development", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:ComplaintsHub"] = "Host=127.0.0.1;Port=1;Database=complaintshub;Username=nobody;Timeout=2",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Could not open or migrate the PostgreSQL database complaintshub on 127.0.0.1", error.Message);
        Assert.Contains("Check Database:Provider and ConnectionStrings:ComplaintsHub.", error.Message);
    }
}

public class EntraSignInRecords
{
    [Fact]
    public async Task AFirstEntraSignInCreatesTheStaffRecordFromTheTokenAndLinksIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var identity = new ClaimsIdentity(
        [
            new Claim("oid", "0f5d7c1e-entra-object-id"),
            new Claim("name", "Nadia Hussain"),
            new Claim("preferred_username", "nadia.hussain@ashbury.gov.uk"),
            new Claim("roles", "TeamLeader"),
            new Claim("roles", "SomeOtherAppsRole"),
        ], "AuthenticationTypes.Federation", StaffClaims.NameType, StaffClaims.RoleType);
        var context = TokenValidated(database, identity);

        await EntraSignIn.OnTokenValidatedAsync(context);

        Assert.Null(context.Result);
        var staff = Assert.Single(await database.Get<StaffDirectory>().ListAsync());
        Assert.Equal(("Nadia Hussain", "nadia.hussain@ashbury.gov.uk"), (staff.DisplayName, staff.Email));
        Assert.Equal([StaffRole.TeamLeader], staff.Roles);
        Assert.Equal(staff.Id.ToString(), identity.FindFirst(StaffClaims.StaffUserId)!.Value);
    }

    [Fact]
    public async Task ASwitchedOffPersonIsTurnedAwayAtEntraSignIn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var directory = database.Get<StaffDirectory>();
        var admin = await directory.RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        var person = await directory.RecordSignInAsync("oid-nadia", "Nadia Hussain", "nadia@example.org", [StaffRole.Officer]);
        await directory.SwitchOffAsync(admin.StaffUserId, person.StaffUserId);
        var identity = new ClaimsIdentity([new Claim("oid", "oid-nadia"), new Claim("name", "Nadia Hussain"), new Claim("roles", "Officer")], "Federation", StaffClaims.NameType, StaffClaims.RoleType);
        var context = TokenValidated(database, identity);

        await EntraSignIn.OnTokenValidatedAsync(context);

        Assert.Equal(SignInRefusal.SwitchedOff, Assert.IsType<SignInRefusedException>(context.Result?.Failure).Reason);
        Assert.Null(identity.FindFirst(StaffClaims.StaffUserId));
    }

    private static TokenValidatedContext TokenValidated(TestDatabase database, ClaimsIdentity identity)
    {
        var services = new ServiceCollection().AddSingleton(database.Get<StaffDirectory>()).BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        var scheme = new AuthenticationScheme(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler));
        return new TokenValidatedContext(http, scheme, new OpenIdConnectOptions(), new ClaimsPrincipal(identity), new AuthenticationProperties());
    }
}
