using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// The daily reminders. The world stands on Thursday 26 November 2026 at 09:00 (reminders go from 08:00) with three
/// Waste cases allocated to Tom Bennett: one overdue (acknowledgement due Monday 23 November), one due soon (Monday
/// 30 November, two working days away) and one on track (Wednesday 2 December).
/// </summary>
public class DailyReminders
{
    private static readonly DateTimeOffset Thursday = NotificationWorld.At(2026, 11, 26, 9);
    private static readonly EmailKind[] ReminderKinds = [EmailKind.DueSoon, EmailKind.Overdue, EmailKind.WeeklyReport];

    private sealed record Cases(NotificationWorld World, (int Id, string Reference) Overdue, (int Id, string Reference) DueSoon, (int Id, string Reference) OnTrack) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => World.DisposeAsync();
    }

    private static async Task<Cases> ArrangeAsync(bool emailOn = true, DateTimeOffset? start = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var world = await NotificationWorld.CreateAsync(start ?? Thursday, emailOn, provider);
        var overdue = await world.LogAsync(new DateOnly(2026, 11, 16));
        var dueSoon = await world.LogAsync(new DateOnly(2026, 11, 23));
        var onTrack = await world.LogAsync(new DateOnly(2026, 11, 25));
        foreach (var (_, reference) in new[] { overdue, dueSoon, onTrack }) await world.AllocateAsync(reference, "Tom Bennett");
        Assert.Equal(new DateOnly(2026, 11, 23), (await world.OpenAsync(overdue.Reference)).NextDueDate);
        Assert.Equal(new DateOnly(2026, 11, 30), (await world.OpenAsync(dueSoon.Reference)).NextDueDate);
        Assert.Equal(new DateOnly(2026, 12, 2), (await world.OpenAsync(onTrack.Reference)).NextDueDate);
        return new Cases(world, overdue, dueSoon, onTrack);
    }

    private static async Task<List<OutboxEmail>> RemindersAsync(NotificationWorld world) =>
        (await world.OutboxAsync()).Where(e => ReminderKinds.Contains(e.Kind)).ToList();

    [Fact]
    public async Task ACaseDueWithinTwoWorkingDaysIsRemindedToItsOfficerOnce()
    {
        await using var cases = await ArrangeAsync();
        var tom = cases.World.Staff["Tom Bennett"].StaffUserId;

        await cases.World.RunRemindersAsync();

        var dueSoon = Assert.Single(await RemindersAsync(cases.World), e => e.Kind == EmailKind.DueSoon);
        Assert.Equal((cases.DueSoon.Id, tom, "tom.bennett@ashbury.gov.uk"), (dueSoon.ComplaintId, dueSoon.RecipientStaffId, dueSoon.ToAddress));
        Assert.Equal($"due-soon:{cases.DueSoon.Id}:2026-11-30:{tom:D}", dueSoon.DedupeKey);
        Assert.Contains($"https://complaints.ashbury.gov.uk/cases/{cases.DueSoon.Reference}", dueSoon.TextBody);
        Assert.DoesNotContain(await RemindersAsync(cases.World), e => e.ComplaintId == cases.OnTrack.Id);
    }

    [Fact]
    public async Task AnOverdueCaseIsReportedToItsOfficerAndTheirTeamLeader()
    {
        await using var cases = await ArrangeAsync();

        await cases.World.RunRemindersAsync();

        var overdue = (await RemindersAsync(cases.World)).Where(e => e.Kind == EmailKind.Overdue).ToList();
        Assert.Equal(["david.okafor@ashbury.gov.uk", "tom.bennett@ashbury.gov.uk"], overdue.Select(e => e.ToAddress).Order());
        Assert.All(overdue, e => Assert.Equal(cases.Overdue.Id, e.ComplaintId));
        Assert.Contains("Tom Bennett", overdue.Single(e => e.ToAddress.StartsWith("david", StringComparison.Ordinal)).TextBody);
    }

    [Fact]
    public async Task EachPersonsChoiceIsRespected()
    {
        await using var cases = await ArrangeAsync();
        await cases.World.Database.Get<NotificationSettings>().SetAsync(EmailKind.Overdue, on: false, cases.World.Staff["David Okafor"]);

        await cases.World.RunRemindersAsync();

        Assert.Equal([(EmailKind.DueSoon, "tom.bennett@ashbury.gov.uk"), (EmailKind.Overdue, "tom.bennett@ashbury.gov.uk")],
            (await RemindersAsync(cases.World)).Select(e => (e.Kind, e.ToAddress)).Order());
    }

    [Fact]
    public async Task ASecondRunTheSameDayAddsNothing()
    {
        await using var cases = await ArrangeAsync();

        var first = await cases.World.RunRemindersAsync();
        cases.World.Database.Clock.Advance(TimeSpan.FromHours(3));
        var second = await cases.World.RunRemindersAsync();

        Assert.Equal(3, first);
        Assert.Null(second);
        Assert.Equal(3, (await RemindersAsync(cases.World)).Count);
    }

    [Theory]
    [InlineData(2026, 11, 28)] // Saturday
    [InlineData(2026, 12, 25)] // Christmas Day
    [InlineData(2026, 12, 28)] // Boxing Day moved to the Monday
    public async Task NothingIsSentOnADayThatIsNotAWorkingDay(int year, int month, int day)
    {
        await using var cases = await ArrangeAsync();
        cases.World.SetClock(NotificationWorld.At(year, month, day, 10));

        Assert.Null(await cases.World.RunRemindersAsync());

        Assert.Empty(await RemindersAsync(cases.World));
    }

    [Fact]
    public async Task NothingIsSentOnTheCouncilsOwnClosureDay()
    {
        await using var cases = await ArrangeAsync();
        await cases.World.Database.Get<CalendarService>().AddAdjustmentAsync(new DateOnly(2026, 11, 26), CalendarAdjustmentKind.Closure, "Office move", cases.World.Staff["Mark Ellis"]);

        Assert.Null(await cases.World.RunRemindersAsync());

        Assert.Empty(await RemindersAsync(cases.World));
    }

    [Fact]
    public async Task NothingIsSentBeforeTheReminderHourAndAMissedHourIsMadeUpLaterThatDay()
    {
        await using var cases = await ArrangeAsync(start: NotificationWorld.At(2026, 11, 26, 7));
        cases.World.SetClock(NotificationWorld.At(2026, 11, 26, 7, 59));
        var early = await cases.World.RunRemindersAsync();
        var none = (await RemindersAsync(cases.World)).Count;

        cases.World.SetClock(NotificationWorld.At(2026, 11, 26, 16, 30));
        var late = await cases.World.RunRemindersAsync();

        Assert.Equal((null, 0), (early, none));
        Assert.Equal(3, late);
    }

    [Fact]
    public async Task NothingIsWrittenWhileEmailIsSwitchedOff()
    {
        await using var cases = await ArrangeAsync(emailOn: false);

        Assert.Null(await cases.World.RunRemindersAsync());

        Assert.Empty(await cases.World.OutboxAsync());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TwoInstancesSharingOneDatabaseQueueEachReminderOnce(DatabaseProvider provider)
    {
        await using var cases = await ArrangeAsync(provider: provider);
        await using var other = cases.World.Database.AnotherInstance();

        var results = await Task.WhenAll(
            Task.Run(() => cases.World.Database.Get<ReminderRun>().RunAsync()),
            Task.Run(() => other.GetRequiredService<ReminderRun>().RunAsync()));

        Assert.Equal([3], results.OfType<int>());
        var reminders = await RemindersAsync(cases.World);
        Assert.Equal(3, reminders.Count);
        Assert.Equal(3, reminders.Select(r => r.DedupeKey).Distinct().Count());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AReminderAlreadyQueuedIsNotQueuedAgainWhenTheDayIsRunTwice(DatabaseProvider provider)
    {
        await using var cases = await ArrangeAsync(provider: provider);
        await cases.World.RunRemindersAsync();
        // As if the instance that ran stopped before recording the day as done: the next run finds the emails already there.
        await using (var db = await cases.World.Database.Factory.CreateDbContextAsync())
        {
            await db.ScheduledWorkLeases.ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, (DateOnly?)null));
        }

        var again = await cases.World.RunRemindersAsync();

        Assert.Equal(0, again);
        Assert.Equal(3, (await RemindersAsync(cases.World)).Count);
    }

    [Fact]
    public async Task ANewDeadlineGetsAReminderOfItsOwn()
    {
        await using var cases = await ArrangeAsync();
        await cases.World.RunRemindersAsync();
        var tom = cases.World.Staff["Tom Bennett"];
        await cases.World.Actions.ApplyAsync(cases.Overdue.Id, (await cases.World.OpenAsync(cases.Overdue.Reference)).Version, new AcknowledgeCommand(null), tom);
        var responseDue = (await cases.World.OpenAsync(cases.Overdue.Reference)).NextDueDate!.Value;
        Assert.Equal(new DateOnly(2026, 12, 10), responseDue);

        cases.World.SetClock(NotificationWorld.At(2026, 12, 8, 9));
        await cases.World.RunRemindersAsync();

        var aboutIt = (await RemindersAsync(cases.World)).Where(e => e.ComplaintId == cases.Overdue.Id && e.RecipientStaffId == tom.StaffUserId).ToList();
        Assert.Equal([(EmailKind.Overdue, $"overdue:{cases.Overdue.Id}:2026-11-23:{tom.StaffUserId:D}"), (EmailKind.DueSoon, $"due-soon:{cases.Overdue.Id}:2026-12-10:{tom.StaffUserId:D}")],
            aboutIt.Select(e => (e.Kind, e.DedupeKey!)));
    }

    [Fact]
    public async Task NoReminderCarriesTheComplainantsDetails()
    {
        await using var cases = await ArrangeAsync();
        cases.World.SetClock(NotificationWorld.At(2026, 11, 30, 9));

        await cases.World.RunRemindersAsync();

        var reminders = await RemindersAsync(cases.World);
        Assert.Equal([EmailKind.DueSoon, EmailKind.Overdue, EmailKind.WeeklyReport], reminders.Select(r => r.Kind).Distinct().Order());
        foreach (var part in reminders.SelectMany(r => new[] { r.Subject, r.TextBody, r.HtmlBody! }))
        {
            foreach (var secret in new[] { NotificationWorld.FirstName, NotificationWorld.LastName, NotificationWorld.ComplainantEmail, NotificationWorld.Phone,
                         NotificationWorld.Address, NotificationWorld.Postcode, NotificationWorld.Description })
            {
                Assert.DoesNotContain(secret, part, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
