using Bunit;
using ComplaintsHub.Components.Pages.Admin;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The complaints team's email page, over a real database and, for the test email, a real SMTP server.</summary>
public class EmailAdminPageComponent : ComponentTestContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StaffUser _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _admin = new StaffUser("oid-admin", "Mark Ellis", "mark.ellis@ashbury.gov.uk");
        _admin.SetRoles([StaffRole.ComplaintsAdmin]);
        db.StaffUsers.Add(_admin);
        await db.SaveChangesAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void WhileEmailIsSwitchedOffThePageSaysSoAndOffersNoTest()
    {
        Services.AddSingleton(_database.Get<OutboxOverviewQuery>());
        Services.AddSingleton(_database.Get<TestEmail>());

        var page = Open();

        Assert.Single(page.FindAll("[data-testid=email-switched-off]"));
        Assert.Empty(page.FindAll("[data-testid=send-test-email]"));
        Assert.Single(page.FindAll("[data-testid=no-email-problems]"));
    }

    [Fact]
    public async Task TheWeeksFiguresAndEachEmailNotSentAreListed()
    {
        var now = _database.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var sent = new OutboxEmail(EmailKind.DueSoon, "a@ashbury.gov.uk", "A", "Due", "Text", null, now.AddDays(-1));
            sent.RecordSent("250 Ok", now.AddDays(-1));
            var old = new OutboxEmail(EmailKind.DueSoon, "a@ashbury.gov.uk", "A", "Due", "Text", null, now.AddDays(-9));
            old.RecordSent("250 Ok", now.AddDays(-9));
            var refused = new OutboxEmail(EmailKind.Overdue, "b@ashbury.gov.uk", "B", "Overdue", "Text", null, now.AddHours(-2));
            refused.RecordRefused("550 5.1.1 user unknown", now.AddHours(-2), retryAt: null);
            db.OutboxEmails.AddRange(sent, old, refused, new OutboxEmail(EmailKind.WeeklyReport, "c@ashbury.gov.uk", "C", "Weekly", "Text", null, now));
            await db.SaveChangesAsync();
        }

        await using var app = new AppInstance(_database, new EmailOptions { SmtpHost = "smtp.ashbury.gov.uk", FromAddress = "complaints@ashbury.gov.uk" });
        Services.AddSingleton(app.Get<OutboxOverviewQuery>());
        Services.AddSingleton(app.Get<TestEmail>());
        var page = Open();

        Assert.Equal(("1", "1", "1", "0"), (Count(page, "waiting"), Count(page, "sent"), Count(page, "not-sent"), Count(page, "returned")));
        var problem = Assert.Single(page.FindAll("[data-testid=email-problem]"));
        Assert.Contains("b@ashbury.gov.uk", problem.TextContent);
    }

    [Fact]
    public async Task ATestEmailReachesTheMailServerAndItsResultShows()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = new AppInstance(_database, smtp.Settings());
        Services.AddSingleton(app.Get<OutboxOverviewQuery>());
        Services.AddSingleton(app.Get<TestEmail>());
        var page = Open();

        page.Find("[data-testid=send-test-email]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=test-email-result]")));
        await app.Get<OutboxSender>().SendDueAsync();

        var message = Assert.Single(smtp.Received);
        Assert.Equal("mark.ellis@ashbury.gov.uk", message.To.Mailboxes.Single().Address);
        var reloaded = Open(again: true);
        Assert.Contains("Sent", reloaded.Find("[data-testid=test-email]").TextContent);
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamMaySendATestOrSeeTheState()
    {
        await using var app = new AppInstance(_database, new EmailOptions { SmtpHost = "smtp.ashbury.gov.uk" });
        var officer = new CurrentStaff(Guid.NewGuid(), "Priya Shah", new HashSet<StaffRole> { StaffRole.Officer });

        await Assert.ThrowsAsync<Core.Refusals.PermissionDeniedException>(() => app.Get<TestEmail>().QueueAsync(officer));
        await Assert.ThrowsAsync<Core.Refusals.PermissionDeniedException>(() => app.Get<OutboxOverviewQuery>().GetAsync(officer));
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.OutboxEmails.CountAsync());
    }

    private static string Count(IRenderedComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState> page, string name) => page.Find($"[data-testid=count-{name}]").TextContent.Trim();

    private IRenderedComponent<Microsoft.AspNetCore.Components.Authorization.CascadingAuthenticationState> Open(bool again = false)
    {
        if (!again) SignIn(_admin.Id, _admin.DisplayName, StaffRole.ComplaintsAdmin);
        var page = RenderSignedIn<EmailAdmin>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")));
        return page;
    }
}
