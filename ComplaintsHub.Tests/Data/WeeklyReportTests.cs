using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Tests.Data;

/// <summary>The weekly report to team leaders and heads of service, on the first working day of the week.</summary>
public class WeeklyReports
{
    /// <summary>The demo council's team leaders (3) and heads of service (2), each with service areas.</summary>
    private const int Managers = 5;

    [Fact]
    public async Task TheReportGoesOnTheTuesdayAfterABankHolidayMondayAndNotOnTheMondayOrTheWednesday()
    {
        // Monday 3 May 2027 is the early May bank holiday.
        await using var world = await NotificationWorld.CreateAsync(NotificationWorld.At(2027, 5, 3, 10));
        var monday = await world.RunRemindersAsync();
        var onMonday = await WeeklyAsync(world);

        world.SetClock(NotificationWorld.At(2027, 5, 4, 10));
        await world.RunRemindersAsync();
        var onTuesday = await WeeklyAsync(world);

        world.SetClock(NotificationWorld.At(2027, 5, 5, 10));
        await world.RunRemindersAsync();
        var byWednesday = await WeeklyAsync(world);

        Assert.Equal((null, 0), (monday, onMonday.Count));
        Assert.Equal(Managers, onTuesday.Count);
        Assert.All(onTuesday, e => Assert.StartsWith("weekly:2027-05-03:", e.DedupeKey, StringComparison.Ordinal));
        Assert.Equal(Managers, byWednesday.Count);
    }

    [Fact]
    public async Task TheReportGoesOnAnOrdinaryMondayToEachTeamLeaderAndHeadOfServiceOnly()
    {
        await using var world = await NotificationWorld.CreateAsync(NotificationWorld.At(2026, 11, 30, 9));

        await world.RunRemindersAsync();

        var recipients = (await WeeklyAsync(world)).Select(e => e.ToName).Order();
        Assert.Equal(["David Okafor", "Fiona Campbell", "Helen Price", "James Whitfield", "Sarah Mitchell"], recipients);
    }

    [Fact]
    public async Task EachManagerSeesTheirOwnAreasCasesAndLastWeeksFigures()
    {
        // Logged and worked in the week of 23 November; the report is for the week of 30 November.
        await using var world = await NotificationWorld.CreateAsync(NotificationWorld.At(2026, 11, 26, 9));
        var housing = (await world.LogAsync(new DateOnly(2026, 11, 16), await AreaAsync(world, "Housing"))).Reference;
        var overdue = (await world.LogAsync(new DateOnly(2026, 11, 16))).Reference;
        var dueSoon = (await world.LogAsync(new DateOnly(2026, 11, 23))).Reference;
        var answered = await world.LogAsync(new DateOnly(2026, 11, 25));
        await world.AllocateAsync(overdue, "Tom Bennett");
        await world.AllocateAsync(dueSoon, "Tom Bennett");
        var leader = world.Staff["David Okafor"];
        await world.Actions.ApplyAsync(answered.Id, (await world.OpenAsync(answered.Reference)).Version, new AcknowledgeCommand(null), leader);
        await world.Actions.ApplyAsync(answered.Id, (await world.OpenAsync(answered.Reference)).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);
        world.SetClock(NotificationWorld.At(2026, 11, 30, 9));

        var reports = (await world.Database.Get<ReminderRun>().WeeklyReportsAsync(new DateOnly(2026, 11, 30))).ToDictionary(r => r.To.Name, r => r.Report);

        var david = reports["David Okafor"];
        Assert.Equal(["Environmental Health", "Parking", "Waste & Recycling"], david.ServiceAreas);
        Assert.Equal(3, david.Open);
        Assert.Equal([overdue], david.Overdue.Select(c => c.Reference));
        Assert.Equal([dueSoon], david.DueThisWeek.Select(c => c.Reference));
        Assert.Equal(("Tom Bennett", new DateOnly(2026, 11, 30)), (david.DueThisWeek[0].Officer, david.DueThisWeek[0].Due!.Value));
        Assert.Equal(new WeeklyFigures(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), Received: 2, Responded: 1, RespondedOnTime: 1), david.LastWeek);
        var sarah = reports["Sarah Mitchell"];
        Assert.Equal(1, sarah.Open);
        Assert.Equal([housing], sarah.Overdue.Select(c => c.Reference));
        Assert.Empty(sarah.DueThisWeek);
        Assert.Equal(new WeeklyFigures(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), 0, 0, 0), sarah.LastWeek);
    }

    [Fact]
    public async Task TheEmailListsTheCasesWithLinksAndOnlyTheManagersOwn()
    {
        await using var world = await NotificationWorld.CreateAsync(NotificationWorld.At(2026, 11, 26, 9));
        var waste = (await world.LogAsync(new DateOnly(2026, 11, 16))).Reference;

        world.SetClock(NotificationWorld.At(2026, 11, 30, 9));
        await world.RunRemindersAsync();

        var weekly = (await WeeklyAsync(world)).ToDictionary(e => e.ToName);
        Assert.Contains(waste, weekly["David Okafor"].HtmlBody);
        Assert.Contains(waste, weekly["David Okafor"].TextBody);
        Assert.DoesNotContain(waste, weekly["Sarah Mitchell"].TextBody);
        Assert.Contains("href=\"https://complaints.ashbury.gov.uk/cases?due=week\"", weekly["David Okafor"].HtmlBody);
    }

    [Fact]
    public async Task AManagerWhoTurnedTheReportOffDoesNotGetIt()
    {
        await using var world = await NotificationWorld.CreateAsync(NotificationWorld.At(2026, 11, 30, 9));
        await world.Database.Get<NotificationSettings>().SetAsync(EmailKind.WeeklyReport, on: false, world.Staff["Helen Price"]);

        await world.RunRemindersAsync();

        Assert.DoesNotContain("Helen Price", (await WeeklyAsync(world)).Select(e => e.ToName));
        Assert.Equal(Managers - 1, (await WeeklyAsync(world)).Count);
    }

    private static async Task<List<OutboxEmail>> WeeklyAsync(NotificationWorld world) =>
        (await world.OutboxAsync()).Where(e => e.Kind == EmailKind.WeeklyReport).ToList();

    private static async Task<int> AreaAsync(NotificationWorld world, string name)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return db.ServiceAreas.Single(a => a.Name == name).Id;
    }
}
