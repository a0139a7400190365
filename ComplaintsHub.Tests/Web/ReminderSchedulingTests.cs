using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplaintsHub.Tests.Web;

/// <summary>The app's own reminder scheduler, which runs only when a mail server is configured.</summary>
public class ReminderScheduling
{
    private static readonly Dictionary<string, string?> MailServer = new()
    {
        ["Email:SmtpHost"] = "smtp.ashbury.invalid",
        ["Email:FromAddress"] = "complaints@ashbury.gov.uk",
        ["Email:AppBaseUrl"] = "https://complaints.ashbury.gov.uk",
        ["Email:ReminderHour"] = "8",
    };

    [Fact]
    public async Task WithoutAMailServerTheAppRunsNoReminderScheduler()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();

        var hosted = factory.Services.GetServices<IHostedService>().Select(s => s.GetType().Name);

        Assert.DoesNotContain("ReminderScheduler", hosted);
    }

    [Fact]
    public async Task WithAMailServerTheAppQueuesTheDaysRemindersByItself()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: MailServer);
        Assert.Contains("ReminderScheduler", factory.Services.GetServices<IHostedService>().Select(s => s.GetType().Name));
        var workingDay = WorkingDayCalendar.Standard.IsWorkingDay(TestToday.Date);

        DateOnly? completedOn = null;
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60) && completedOn is null; waited += TimeSpan.FromMilliseconds(250))
        {
            await Task.Delay(250);
            await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
            completedOn = await db.ScheduledWorkLeases.Where(l => l.Name == ReminderRun.LeaseName).Select(l => l.LastCompletedOn).FirstOrDefaultAsync();
            if (!workingDay && waited > TimeSpan.FromSeconds(5)) break;
        }

        await using var check = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var reminders = await check.OutboxEmails.CountAsync(e => e.Kind == EmailKind.DueSoon || e.Kind == EmailKind.Overdue);
        if (workingDay)
        {
            Assert.Equal(TestToday.Date, completedOn);
            Assert.True(reminders > 0, "The seeded council has cases due soon and overdue, so the run should have queued reminders.");
        }
        else
        {
            Assert.Equal((null, 0), (completedOn, reminders));
        }
    }
}
