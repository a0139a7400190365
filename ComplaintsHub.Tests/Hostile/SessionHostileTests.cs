using System.Net;
using System.Text.RegularExpressions;
using ComplaintsHub.Core;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Browser;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Web;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>
/// Someone holding a copy of a session cookie after the session should have ended. Each test signs in a different demo
/// person, because they share one running app.
/// </summary>
[Trait("Category", "Hostile")]
public class CopiedSessionCookies(AppFixture app) : IClassFixture<AppFixture>
{
    private ComplaintsHubFactory Factory => app.Factory;

    [Fact]
    public async Task ACopyOfTheCookieIsRefusedOnceItsOwnerSignsOut()
    {
        var (browser, jar) = await SessionClients.SignedInAsync(Factory, DemoStaff.Officer);
        var copy = SessionClients.CopyOf(Factory, jar);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        await SessionClients.SignOutAsync(browser);

        await SessionClients.AssertSentToSignInAsync(copy, "/");
        await SessionClients.AssertSentToSignInAsync(copy, "/cases");
        await SessionClients.AssertSentToSignInAsync(browser, "/");
    }

    [Fact]
    public async Task SigningOutInOneBrowserEndsTheSessionInEveryOther()
    {
        var (office, _) = await SessionClients.SignedInAsync(Factory, "Aisha Khan");
        var (home, _) = await SessionClients.SignedInAsync(Factory, "Aisha Khan");
        Assert.Equal(HttpStatusCode.OK, (await home.GetAsync("/")).StatusCode);

        await SessionClients.SignOutAsync(office);

        await SessionClients.AssertSentToSignInAsync(home, "/");
    }

    [Fact]
    public async Task SwitchingAccessOffRefusesTheCookieAndEveryCopy()
    {
        var (browser, jar) = await SessionClients.SignedInAsync(Factory, "Gareth Lewis");
        var copy = SessionClients.CopyOf(Factory, jar);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        await SessionLifetime.SwitchOffAsync(Factory, "Gareth Lewis");

        await SessionClients.AssertSentToSignInAsync(browser, "/");
        await SessionClients.AssertSentToSignInAsync(copy, "/");
    }

    [Fact]
    public async Task SwitchingAccessBackOnDoesNotReviveAnOldCookieButAFreshSignInWorks()
    {
        var (browser, jar) = await SessionClients.SignedInAsync(Factory, "Helen Price");
        var copy = SessionClients.CopyOf(Factory, jar);
        await SessionLifetime.SwitchOffAsync(Factory, "Helen Price");

        await SessionClients.SwitchOnAsync(Factory, "Helen Price");

        await SessionClients.AssertSentToSignInAsync(browser, "/");
        await SessionClients.AssertSentToSignInAsync(copy, "/");
        var (fresh, _) = await SessionClients.SignedInAsync(Factory, "Helen Price");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/")).StatusCode);
        await SessionClients.AssertSentToSignInAsync(copy, "/");
    }

    [Fact]
    public async Task ACopiedCookieCannotDownloadALetterAfterSignOut()
    {
        var letterId = await IssuedLetterAsync();
        var (browser, jar) = await SessionClients.SignedInAsync(Factory, "Tom Bennett");
        var copy = SessionClients.CopyOf(Factory, jar);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync($"/letters/{letterId}/download")).StatusCode);

        await SessionClients.SignOutAsync(browser);

        var refused = await copy.GetAsync($"/letters/{letterId}/download");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/dev-signin", refused.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("not-a-ticket")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%00%0B%01")]
    public async Task AForgedSessionCookieIsSentToSignInNotToAnError(string value)
    {
        var forger = Factory.CreateDefaultClient();
        forger.DefaultRequestHeaders.Add("Cookie", $"ComplaintsHub.Auth={value}");

        await SessionClients.AssertSentToSignInAsync(forger, "/");
    }

    [Fact]
    public async Task ACookieWithOneCharacterChangedIsSentToSignIn()
    {
        var (_, jar) = await SessionClients.SignedInAsync(Factory, "Fiona Campbell");
        var cookie = jar.GetCookies(Factory.Server.BaseAddress)["ComplaintsHub.Auth"]!.Value;
        var flipped = cookie[..^3] + (cookie[^3] == 'A' ? 'B' : 'A') + cookie[^2..];
        var forger = Factory.CreateDefaultClient();
        forger.DefaultRequestHeaders.Add("Cookie", $"ComplaintsHub.Auth={flipped}");

        await SessionClients.AssertSentToSignInAsync(forger, "/");
    }

    [Fact]
    public async Task SigningInAsSomeoneElseOverALiveCookieDoesNotHandTheCopyToThem()
    {
        var (browser, jar) = await SessionClients.SignedInAsync(Factory, DemoStaff.HeadOfService);
        var copy = SessionClients.CopyOf(Factory, jar);

        await browser.SignInAsAsync(DemoStaff.TeamLeader);

        // The copy is neither the head of service any more nor the team leader who signed in over it.
        await SessionClients.AssertSentToSignInAsync(copy, "/");
    }

    private async Task<int> IssuedLetterAsync()
    {
        var staff = await Factory.Get<StaffDirectory>().ListAsync();
        var leaderRow = staff.Single(s => s.DisplayName == "David Okafor");
        var leader = new CurrentStaff(leaderRow.Id, leaderRow.DisplayName, leaderRow.Roles.ToHashSet());
        var letters = Factory.Get<LetterService>();
        var reference = await Stage1Journey.LogComplaintAsync(Factory);
        var draftId = await letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        return await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);
    }
}

/// <summary>Sessions that have run out on their own.</summary>
[Trait("Category", "Hostile")]
public class ExpiredSessions
{
    [Fact]
    public async Task AnExpiredSessionIsRefusedAndItsRowRemoved()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var (browser, jar) = await SessionClients.SignedInAsync(factory, DemoStaff.Officer);
        var copy = SessionClients.CopyOf(factory, jar);
        Assert.Equal(1, await SessionClients.SessionRowsAsync(factory, DemoStaff.Officer));

        factory.Clock.Advance(TimeSpan.FromHours(10));

        await SessionClients.AssertSentToSignInAsync(copy, "/");
        await SessionClients.AssertSentToSignInAsync(browser, "/");
        Assert.Equal(0, await SessionClients.SessionRowsAsync(factory, DemoStaff.Officer));
    }
}

/// <summary>Writes through the Core services by someone whose session has ended or whose access is off.</summary>
[Trait("Category", "Hostile")]
public class WritesAfterTheSessionEnds
{
    private const string Leader = "David Okafor";
    private const string Admin = DemoStaff.ComplaintsAdmin;

    [Fact]
    public async Task ANoteBySomeoneJustSwitchedOffIsRefusedAtOnceAndNothingIsWritten()
    {
        await using var world = await World.CreateAsync();
        var (caseId, version) = await world.CaseAsync();
        var eventsBefore = await world.TimelineCountAsync(caseId);
        await world.SwitchOffAsync(Leader);

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<CaseActions>().ApplyAsync(caseId, version, new AddNoteCommand("Written after access was switched off."), world.Staff[Leader]));

        Assert.Equal(StaffSessions.SwitchedOffMessage, refusal.Message);
        Assert.Equal(eventsBefore, await world.TimelineCountAsync(caseId));
        Assert.Equal(version, await world.VersionAsync(caseId));
    }

    [Theory]
    [InlineData("log a contact")]
    [InlineData("start a letter")]
    [InlineData("save a letter draft")]
    [InlineData("issue a letter")]
    [InlineData("change the calendar")]
    [InlineData("set the reporting target")]
    [InlineData("save a letter template")]
    [InlineData("switch someone's access")]
    public async Task EveryKindOfWriteRefusesSomeoneSwitchedOff(string write)
    {
        await using var world = await World.CreateAsync();
        var (caseId, _) = await world.CaseAsync();
        var reference = await world.ReferenceAsync(caseId);
        var letters = world.Database.Get<LetterService>();
        var draftId = await letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, world.Staff[Leader]);
        var draft = (await letters.DraftAsync(draftId, world.Staff[Leader]))!;
        var template = (await letters.CurrentTemplateAsync(LetterType.Acknowledgement, null))!;
        var tom = (await world.Database.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == "Tom Bennett");
        var actor = write is "log a contact" or "start a letter" or "save a letter draft" or "issue a letter" ? Leader : Admin;
        await world.SwitchOffAsync(actor);
        var by = world.Staff[actor];

        Func<Task> attempt = write switch
        {
            "log a contact" => () => world.Database.Get<ContactLogging>().LogAsync(world.PhoneComplaint(), by),
            "start a letter" => () => letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, by),
            "save a letter draft" => () => letters.SaveDraftAsync(draftId, draft.Version, draft.Text + " Edited.", by),
            "issue a letter" => () => letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, by),
            "change the calendar" => () => world.Database.Get<CalendarService>().AddAdjustmentAsync(new DateOnly(2026, 12, 24), CalendarAdjustmentKind.Closure, "Christmas Eve closure", by),
            "set the reporting target" => () => world.Database.Get<ReportingSettingsService>().SetTargetAsync(70, null, by),
            "save a letter template" => () => letters.SaveTemplateAsync(LetterType.Acknowledgement, null, template.Body + "\nWith thanks.", template.Revision, by),
            _ => () => world.Database.Get<StaffDirectory>().SetActiveAsync(tom.Id, false, tom.Version, by),
        };

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(attempt);
        Assert.Equal(StaffSessions.SwitchedOffMessage, refusal.Message);
    }

    [Fact]
    public async Task AWriteFromASignedOutSessionIsRefusedThoughTheirAccessIsStillOn()
    {
        await using var world = await World.CreateAsync();
        var (caseId, version) = await world.CaseAsync();
        var sessions = world.Database.Get<StaffSessions>();
        var sessionId = await sessions.StartAsync(world.Staff[Leader].StaffUserId, _ => [1], world.Database.Clock.GetUtcNow().UtcDateTime.AddHours(9));
        var inSession = world.Staff[Leader] with { SessionId = sessionId };
        await world.Database.Get<CaseActions>().ApplyAsync(caseId, version, new AddNoteCommand("Written while signed in."), inSession);
        version = await world.VersionAsync(caseId);

        await sessions.EndAllAsync(inSession.StaffUserId);

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<CaseActions>().ApplyAsync(caseId, version, new AddNoteCommand("Written after signing out."), inSession));
        Assert.Equal(StaffSessions.SignedOutMessage, refusal.Message);
        Assert.Equal(version, await world.VersionAsync(caseId));
    }

    [Fact]
    public async Task AWriteFromAnExpiredSessionIsRefused()
    {
        await using var world = await World.CreateAsync();
        var (caseId, version) = await world.CaseAsync();
        var sessionId = await world.Database.Get<StaffSessions>().StartAsync(world.Staff[Leader].StaffUserId, _ => [1], world.Database.Clock.GetUtcNow().UtcDateTime.AddHours(1));

        world.Database.Clock.Advance(TimeSpan.FromHours(2));

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<CaseActions>().ApplyAsync(caseId, version, new AddNoteCommand("Written after the session ran out."), world.Staff[Leader] with { SessionId = sessionId }));
        Assert.Equal(StaffSessions.SignedOutMessage, refusal.Message);
    }

    [Fact]
    public async Task RenewingAnEndedSessionDoesNotBringItBack()
    {
        await using var world = await World.CreateAsync();
        var sessions = world.Database.Get<StaffSessions>();
        var leader = world.Staff[Leader].StaffUserId;
        var expires = world.Database.Clock.GetUtcNow().UtcDateTime.AddHours(9);
        var sessionId = await sessions.StartAsync(leader, _ => [1], expires);
        await sessions.EndAllAsync(leader);

        await sessions.RenewAsync(sessionId, leader, [2], expires.AddHours(1));

        Assert.Null(await sessions.FindAsync(sessionId));
        Assert.False(await sessions.IsLiveAsync(leader, sessionId));
    }

    [Fact]
    public async Task ASessionCannotBeHandedToSomeoneElse()
    {
        await using var world = await World.CreateAsync();
        var sessions = world.Database.Get<StaffSessions>();
        var expires = world.Database.Clock.GetUtcNow().UtcDateTime.AddHours(9);
        var sessionId = await sessions.StartAsync(world.Staff[Leader].StaffUserId, _ => [1], expires);

        await sessions.RenewAsync(sessionId, world.Staff[Admin].StaffUserId, [2], expires);

        Assert.Null(await sessions.FindAsync(sessionId));
        Assert.False(await sessions.IsLiveAsync(world.Staff[Admin].StaffUserId, sessionId));
        Assert.False(await sessions.IsLiveAsync(world.Staff[Leader].StaffUserId, sessionId));
    }

    [Fact]
    public async Task SwitchingAccessBackOnLeavesOldSessionsEndedAndANewOneCanStart()
    {
        await using var world = await World.CreateAsync();
        var sessions = world.Database.Get<StaffSessions>();
        var leader = world.Staff[Leader].StaffUserId;
        var expires = world.Database.Clock.GetUtcNow().UtcDateTime.AddHours(9);
        var old = await sessions.StartAsync(leader, _ => [1], expires);
        await world.SwitchOffAsync(Leader);

        await world.SwitchOnAsync(Leader);

        Assert.Null(await sessions.FindAsync(old));
        Assert.False(await sessions.IsLiveAsync(leader, old));
        var fresh = await sessions.StartAsync(leader, _ => [3], expires);
        Assert.Equal([3], await sessions.FindAsync(fresh));
    }

    [Fact]
    public async Task SomeoneSwitchedOffCannotStartASession()
    {
        await using var world = await World.CreateAsync();
        await world.SwitchOffAsync(Leader);

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<StaffSessions>().StartAsync(world.Staff[Leader].StaffUserId, _ => [1], world.Database.Clock.GetUtcNow().UtcDateTime.AddHours(9)));

        Assert.Equal(StaffSessions.SwitchedOffMessage, refusal.Message);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.StaffSessions.CountAsync());
    }

    [Fact]
    public async Task OpenPagesOnThisServerAreToldAtOnceWhenAccessIsSwitchedOffOrTheySignOut()
    {
        await using var world = await World.CreateAsync();
        var told = new List<(Guid, SessionEndReason)>();
        world.Database.Get<SessionEndings>().Ended += (staffUserId, reason) => told.Add((staffUserId, reason));

        await world.SwitchOffAsync(Leader);
        await world.SwitchOnAsync(Leader);
        await world.Database.Get<StaffSessions>().EndAllAsync(world.Staff[Admin].StaffUserId);

        Assert.Equal([(world.Staff[Leader].StaffUserId, SessionEndReason.AccessSwitchedOff), (world.Staff[Admin].StaffUserId, SessionEndReason.SignedOut)], told);
    }

    /// <summary>A seeded database with a second complaints-team member, so that either demo person can be switched off.</summary>
    private sealed class World : IAsyncDisposable
    {
        private Guid _secondAdmin;

        public TestDatabase Database { get; private set; } = null!;
        public Dictionary<string, CurrentStaff> Staff { get; private set; } = null!;

        public static async Task<World> CreateAsync()
        {
            var world = new World { Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite) };
            await world.Database.Get<DemoDataSeeder>().SeedAsync(days: 30);
            world._secondAdmin = (await world.Database.Get<StaffDirectory>().RecordSignInAsync("oid-second-admin", "Second Admin", "second@example.org", [StaffRole.ComplaintsAdmin])).StaffUserId;
            await using var db = await world.Database.Factory.CreateDbContextAsync();
            world.Staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync())
                .ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
            return world;
        }

        public ContactLogForm PhoneComplaint() => new()
        {
            ServiceAreaId = WasteId,
            ReceivedDate = TestToday.Date.ToDateTime(TimeOnly.MinValue),
            ReceivedTime = new TimeSpan(9, 45, 0),
            Description = "Green bin missed three weeks running.",
            Complainant = new ComplainantForm { FirstName = "Grace", LastName = "Okonkwo", Phone = "07700 900123", Postcode = "ab1 2cd" },
        };

        private int WasteId { get; set; }

        /// <summary>A new Waste complaint logged by the team leader, as he last saw it.</summary>
        public async Task<(int Id, Guid Version)> CaseAsync()
        {
            await using (var db = await Database.Factory.CreateDbContextAsync())
            {
                WasteId = await db.ServiceAreas.Where(a => a.Name == "Waste & Recycling").Select(a => a.Id).SingleAsync();
            }

            var result = await Database.Get<ContactLogging>().LogAsync(PhoneComplaint(), Staff[Leader]);
            var id = result.ComplaintId ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
            return (id, await VersionAsync(id));
        }

        public async Task<Guid> VersionAsync(int caseId)
        {
            await using var db = await Database.Factory.CreateDbContextAsync();
            return await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        }

        public async Task<int> TimelineCountAsync(int caseId)
        {
            await using var db = await Database.Factory.CreateDbContextAsync();
            return await db.TimelineEvents.CountAsync(e => e.ComplaintId == caseId);
        }

        public async Task<string> ReferenceAsync(int caseId)
        {
            await using var db = await Database.Factory.CreateDbContextAsync();
            return await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync();
        }

        public Task SwitchOffAsync(string person) => Database.Get<StaffDirectory>().SwitchOffAsync(_secondAdmin, Staff[person].StaffUserId);

        public async Task SwitchOnAsync(string person)
        {
            var directory = Database.Get<StaffDirectory>();
            var version = (await directory.ListAsync()).Single(s => s.Id == Staff[person].StaffUserId).Version;
            await directory.SetActiveAsync(Staff[person].StaffUserId, true, version, Staff["Second Admin"]);
        }

        public async ValueTask DisposeAsync() => await Database.DisposeAsync();
    }
}

/// <summary>A page left open in the browser when its person's session ends.</summary>
[Collection(BrowserCollection.Name), Trait("Category", "Hostile")]
public class OpenPagesAfterTheSessionEnds(BrowserFixture browser)
{
    [Fact]
    public async Task APageOpenWhenAccessIsSwitchedOffOnAnotherServerCannotSaveANote()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        var eventsBefore = await TimelineCountAsync(factory, reference);
        await SignInAsync(page, "Tom Bennett");
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a note" }).ClickAsync();
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Typed before access was switched off.");

        // Another server over the same database: this server's open page is not told, and will not revalidate for a minute.
        await using (var otherServer = AnotherServer(factory))
        {
            var directory = otherServer.GetRequiredService<StaffDirectory>();
            var staff = await directory.ListAsync();
            await directory.SwitchOffAsync(staff.Single(s => s.DisplayName == DemoStaff.ComplaintsAdmin).Id, staff.Single(s => s.DisplayName == "Tom Bennett").Id);
        }

        await page.GetByTestId("confirm-action").ClickAsync();

        await Assertions.Expect(page.GetByTestId("action-error")).ToHaveTextAsync(StaffSessions.SwitchedOffMessage);
        Assert.Equal(eventsBefore, await TimelineCountAsync(factory, reference));
    }

    [Fact]
    public async Task SwitchingAccessOffOnThisServerSendsTheOpenPageAwayWithoutWaitingForRevalidation()
    {
        // The default one-minute revalidation: leaving within seconds can only come from being told.
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await SignInAsync(page, "Gareth Lewis");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        await SessionLifetime.SwitchOffAsync(factory, "Gareth Lewis");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/dev-signin"), new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task SigningOutInOneBrowserTellsThePersonsOtherOpenPageTheyHaveSignedOut()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var desk = await browser.NewPageAsync(baseUrl);
        var laptop = await browser.NewPageAsync(baseUrl);
        await SignInAsync(desk, DemoStaff.TeamLeader);
        await SignInAsync(laptop, DemoStaff.TeamLeader);
        await SignInJourney.WaitUntilInteractiveAsync(desk);

        await laptop.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();

        await Assertions.Expect(desk).ToHaveURLAsync(new Regex("/account/signed-out$"), new() { Timeout = 15_000 });
        await Assertions.Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string person)
    {
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {person}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();
    }

    private static async Task<int> TimelineCountAsync(ComplaintsHubFactory factory, string reference)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        return await db.TimelineEvents.CountAsync(e => db.Complaints.Any(c => c.Id == e.ComplaintId && c.Reference == reference));
    }

    private static ServiceProvider AnotherServer(ComplaintsHubFactory factory) => new ServiceCollection()
        .AddLogging()
        .AddSingleton<TimeProvider>(factory.Clock)
        .AddComplaintsDatabase(DatabaseSettings.Create("Sqlite", $"Data Source={factory.DatabasePath}", Path.GetTempPath()))
        .AddComplaintsHubCore()
        .BuildServiceProvider();
}

/// <summary>HttpClients whose cookies a test can read and copy, as someone lifting a cookie from a browser would.</summary>
internal static class SessionClients
{
    public static async Task<(HttpClient Browser, CookieContainer Jar)> SignedInAsync(ComplaintsHubFactory factory, string person)
    {
        var jar = new CookieContainer();
        var browser = factory.CreateDefaultClient(new CookieContainerHandler(jar));
        await browser.SignInAsAsync(person);
        return (browser, jar);
    }

    /// <summary>A second client sending the same cookies, and never receiving updates to them.</summary>
    public static HttpClient CopyOf(ComplaintsHubFactory factory, CookieContainer jar)
    {
        var copy = factory.CreateDefaultClient();
        copy.DefaultRequestHeaders.Add("Cookie", jar.GetCookieHeader(factory.Server.BaseAddress));
        return copy;
    }

    public static async Task SignOutAsync(HttpClient client)
    {
        var home = await client.GetStringAsync("/");
        var token = Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/account/signed-out", signOut.Headers.Location!.OriginalString);
    }

    public static async Task SwitchOnAsync(ComplaintsHubFactory factory, string person)
    {
        var directory = factory.Get<StaffDirectory>();
        var staff = await directory.ListAsync();
        var row = staff.Single(s => s.DisplayName == person);
        var admin = staff.Single(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        await directory.SetActiveAsync(row.Id, true, row.Version, new CurrentStaff(admin.Id, admin.DisplayName, admin.Roles.ToHashSet()));
    }

    public static async Task AssertSentToSignInAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/dev-signin", response.Headers.Location!.PathAndQuery);
    }

    public static async Task<int> SessionRowsAsync(ComplaintsHubFactory factory, string person)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        return await db.StaffSessions.CountAsync(s => db.StaffUsers.Any(u => u.Id == s.StaffUserId && u.DisplayName == person));
    }
}
