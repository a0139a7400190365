using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>Each person's own switches for the notifications they get.</summary>
public class EmailNotificationSettings
{
    [Fact]
    public async Task EveryKindIsOnUntilThePersonTurnsItOffAndOnlyTheirOwnChangesWhenTheyDo()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var settings = world.Database.Get<NotificationSettings>();

        var before = await settings.GetAsync(world.Staff["Tom Bennett"]);
        await settings.SetAsync(EmailKind.DueSoon, on: false, world.Staff["Tom Bennett"]);

        Assert.Equal([EmailKind.CaseAllocated, EmailKind.StageAssigned, EmailKind.DueSoon, EmailKind.Overdue, EmailKind.WeeklyReport, EmailKind.PromisedActionDueSoon, EmailKind.PromisedActionOverdue], before.Select(s => s.Kind));
        Assert.All(before, s => Assert.True(s.IsOn));
        Assert.Equal([EmailKind.DueSoon], (await settings.GetAsync(world.Staff["Tom Bennett"])).Where(s => !s.IsOn).Select(s => s.Kind));
        Assert.All(await settings.GetAsync(world.Staff["Priya Shah"]), s => Assert.True(s.IsOn));
    }

    [Fact]
    public async Task TurningAKindOffInTwoTabsAtOnceLeavesItOffOnce()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var settings = world.Database.Get<NotificationSettings>();
        var tom = world.Staff["Tom Bennett"];

        await Task.WhenAll(
            Task.Run(() => settings.SetAsync(EmailKind.Overdue, on: false, tom)),
            Task.Run(() => settings.SetAsync(EmailKind.Overdue, on: false, tom)));

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.NotificationOptOuts.CountAsync(o => o.StaffUserId == tom.StaffUserId && o.Kind == EmailKind.Overdue));
    }

    [Fact]
    public async Task TurningAKindBackOnSendsItAgain()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var settings = world.Database.Get<NotificationSettings>();
        var tom = world.Staff["Tom Bennett"];

        await settings.SetAsync(EmailKind.Overdue, on: false, tom);
        await settings.SetAsync(EmailKind.Overdue, on: true, tom);
        await settings.SetAsync(EmailKind.Overdue, on: true, tom);

        Assert.All(await settings.GetAsync(tom), s => Assert.True(s.IsOn));
    }

    [Fact]
    public async Task LettersToComplainantsCannotBeTurnedOff()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            world.Database.Get<NotificationSettings>().SetAsync(EmailKind.Letter, on: false, world.Staff["Tom Bennett"]));

        Assert.Equal("Letters emailed to complainants are not your notifications: they cannot be turned off here.", refusal.Message);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.NotificationOptOuts.CountAsync());
    }

    [Fact]
    public async Task APortfolioHolderHasNoNotificationsToChoose()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Database.Get<NotificationSettings>().GetAsync(world.Staff["Cllr Janet Hughes"]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Database.Get<NotificationSettings>().SetAsync(EmailKind.WeeklyReport, on: false, world.Staff["Cllr Janet Hughes"]));
    }
}
