using ComplaintsHub.Core.Cases.Actions;
using Bunit;
using ComplaintsHub.Components.Pages.Cases;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

/// <summary>The case page's "Emails sent" card, over a real database.</summary>
public class CaseEmailsCardComponent : ComponentTestContext, IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        AddCasePageServices(_world.Database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public void WhileEmailIsSwitchedOffTheCardSaysSo()
    {
        var card = Open();

        Assert.Single(card.FindAll("[data-testid=email-switched-off]"));
        Assert.Single(card.FindAll("[data-testid=no-emails]"));
        Assert.Empty(card.FindAll("[data-testid=case-email]"));
    }

    [Fact]
    public async Task EachEmailShowsWhetherItWentAndALetterThatDidNotArriveIsFlagged()
    {
        var now = _world.Database.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await _world.Database.Factory.CreateDbContextAsync())
        {
            var allocated = new OutboxEmail(EmailKind.CaseAllocated, "tom.bennett@ashbury.gov.uk", "Tom Bennett", "Allocated", "Text", null, now, _world.CaseId);
            allocated.RecordSent("250 2.0.0 Ok", now);
            var letter = new OutboxEmail(EmailKind.Letter, "c.okonkwo@example.org", "Mr Okonkwo", "Your complaint", "Text", null, now.AddMinutes(1), _world.CaseId);
            letter.RecordRefused("550 5.1.1 Recipient address rejected: user unknown", now.AddMinutes(2), retryAt: null);
            db.OutboxEmails.AddRange(allocated, letter);
            await db.SaveChangesAsync();
        }

        await using var app = new AppInstance(_world.Database, new Core.Email.EmailOptions { SmtpHost = "smtp.ashbury.gov.uk" });
        Services.AddSingleton(app.Get<CaseEmailsQuery>());
        var card = Open();

        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll("[data-testid=case-email]").Count));
        Assert.Equal(["Not sent", "Sent"], card.FindAll("[data-testid=case-email-status]").Select(s => s.TextContent.Trim()));
        Assert.Single(card.FindAll("[data-testid=undelivered-letter]"));
        Assert.Single(card.FindAll("[data-testid=case-email-reply]"));
        Assert.Empty(card.FindAll("[data-testid=email-switched-off]"));
    }

    [Fact]
    public async Task ANotificationThatFailedCanBeSentAgainOnceFromTheCard()
    {
        var now = _world.Database.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await _world.Database.Factory.CreateDbContextAsync())
        {
            var allocated = new OutboxEmail(EmailKind.CaseAllocated, "tom.bennett@ashbury.gov.uk", "Tom Bennett", "Allocated", "Text", null, now, _world.CaseId);
            allocated.RecordInterrupted(Core.Email.OutboxSender.InterruptedReply, now);
            db.OutboxEmails.Add(allocated);
            await db.SaveChangesAsync();
        }

        await using var app = new AppInstance(_world.Database, new Core.Email.EmailOptions { SmtpHost = "smtp.ashbury.gov.uk" });
        Services.AddSingleton(app.Get<CaseEmailsQuery>());
        Services.AddSingleton(app.Get<EmailResending>());
        var card = Open();

        card.Find("[data-testid=send-email-again]").Click();

        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll("[data-testid=case-email]").Count));
        Assert.Equal(["Waiting to send", "Not sent"], card.FindAll("[data-testid=case-email-status]").Select(s => s.TextContent.Trim()));
        Assert.Empty(card.FindAll("[data-testid=send-email-again]"));
        await using var check = await _world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(2, await check.OutboxEmails.CountAsync(e => e.ToAddress == "tom.bennett@ashbury.gov.uk"));
    }

    private IRenderedComponent<CaseEmailsCard> Open()
    {
        var leader = _world.Staff["David Okafor"];
        SignIn(leader.StaffUserId, leader.Name, leader.Roles.ToArray());
        var page = Render<CascadingAuthenticationStateHost<CasePage>>(p => p.Add(h => h.Reference, _world.Reference));
        page.WaitForAssertion(() => page.FindComponent<CaseEmailsCard>());
        var card = page.FindComponent<CaseEmailsCard>();
        card.WaitForAssertion(() => Assert.Single(card.FindAll("[data-testid=case-emails]")));
        card.WaitForAssertion(() => Assert.Empty(card.FindAll(".mud-progress-linear")));
        return card;
    }
}
