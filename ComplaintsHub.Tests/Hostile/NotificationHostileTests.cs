using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>Names and subjects typed by people end up in email HTML; a kind number from a crafted request reaches the service.</summary>
public class NotificationHostile
{
    private static readonly NotificationEmails Emails = new("https://complaints.ashbury.gov.uk/");

    [Fact]
    public void MarkupInASubjectOrANameIsShownAsTextNotObeyed()
    {
        var mention = new CaseMention("CMP-2026-00001", "Waste & Recycling", "<img src=x onerror=alert(1)>", "<script>alert(2)</script>", new DateOnly(2026, 11, 30), "Tom \"<b>\" Bennett");

        var email = Emails.CaseAllocated("<i>Tom</i>", mention, "<a href=\"https://evil.example\">David</a>");

        Assert.DoesNotContain("<img", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"https://evil.example\"", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", email.Html);
        Assert.Contains("Waste &amp; Recycling", email.Html);
        // The plain text carries them as typed: it is never read as markup.
        Assert.Contains("<img src=x onerror=alert(1)>", email.Text);
    }

    [Fact]
    public void AReferenceIsEscapedInTheLinkToTheCase()
    {
        Assert.Equal("https://complaints.ashbury.gov.uk/cases/CMP-2026-00001%3Fx%3D%22%3E", Emails.CaseUrl("CMP-2026-00001?x=\">"));
    }

    [Fact]
    public async Task AKindThatIsNotANotificationIsRefusedAndNothingIsSaved()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);

        await Assert.ThrowsAsync<DomainException>(() =>
            world.Database.Get<NotificationSettings>().SetAsync((EmailKind)999, on: false, world.Staff["Tom Bennett"]));

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.NotificationOptOuts.CountAsync());
    }

    [Fact]
    public async Task SomeoneWhoseAccessWasSwitchedOffCannotChangeTheirSwitches()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var tom = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Tom Bennett");
            tom.Disable();
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<NotificationSettings>().SetAsync(EmailKind.Overdue, on: false, world.Staff["Tom Bennett"]));

        await using var check = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await check.NotificationOptOuts.CountAsync());
    }
}
