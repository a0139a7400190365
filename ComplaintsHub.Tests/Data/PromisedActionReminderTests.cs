using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// Reminders about promised actions. On Wednesday 25 November 2026 at 09:00 a Waste case held by Tom Bennett is answered
/// promising one thing by Friday 27 November (within 2 working days) and one by Friday 4 December.
/// </summary>
public class PromisedActionReminders
{
    private static readonly EmailKind[] Kinds = [EmailKind.PromisedActionDueSoon, EmailKind.PromisedActionOverdue];

    private static async Task<(NotificationWorld World, int CaseId, string Reference)> ArrangeAsync(bool emailOn = true)
    {
        var world = await NotificationWorld.CreateAsync(NotificationWorld.At(2026, 11, 25, 9), emailOn);
        var (id, reference) = await world.LogAsync(new DateOnly(2026, 11, 16));
        await world.AllocateAsync(reference, "Tom Bennett");
        var leader = world.Staff["David Okafor"];
        await world.Actions.ApplyAsync(id, (await world.OpenAsync(reference)).Version, new AcknowledgeCommand(null), leader);
        var tom = world.Staff["Tom Bennett"].StaffUserId;
        await world.Actions.ApplyAsync(id, (await world.OpenAsync(reference)).Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld),
            [new PromisedActionTerms("Check the list", new DateOnly(2026, 11, 27), tom), new PromisedActionTerms("Review the round", new DateOnly(2026, 12, 4), tom)]), leader);
        return (world, id, reference);
    }

    private static async Task<List<OutboxEmail>> RemindersAsync(NotificationWorld world) => (await world.OutboxAsync()).Where(e => Kinds.Contains(e.Kind)).ToList();

    [Fact]
    public async Task AnActionDueWithinTwoWorkingDaysIsRemindedToItsOwnerOnceAndThenOnceWhenOverdue()
    {
        var (world, caseId, reference) = await ArrangeAsync();
        await using var _ = world;
        var tom = world.Staff["Tom Bennett"].StaffUserId;
        var actionId = (await world.OpenAsync(reference)).PromisedActions.Single(a => a.What == "Check the list").Id;

        await world.RunRemindersAsync();
        world.SetClock(NotificationWorld.At(2026, 11, 26, 9));
        await world.RunRemindersAsync();
        var beforeItsDay = await RemindersAsync(world);
        world.SetClock(NotificationWorld.At(2026, 11, 30, 9));
        await world.RunRemindersAsync();
        world.SetClock(NotificationWorld.At(2026, 12, 1, 9));
        await world.RunRemindersAsync();
        var after = await RemindersAsync(world);

        var soon = Assert.Single(beforeItsDay);
        Assert.Equal((EmailKind.PromisedActionDueSoon, caseId, tom, $"promised-due-soon:{actionId}:2026-11-27:{tom:D}"), (soon.Kind, soon.ComplaintId, soon.RecipientStaffId, soon.DedupeKey));
        Assert.Contains($"https://complaints.ashbury.gov.uk/cases/{reference}", soon.TextBody);
        Assert.DoesNotContain(NotificationWorld.LastName, soon.TextBody);
        Assert.DoesNotContain(NotificationWorld.Address, soon.TextBody);
        var overdue = Assert.Single(after, e => e.Kind == EmailKind.PromisedActionOverdue);
        Assert.Equal($"promised-overdue:{actionId}:2026-11-27:{tom:D}", overdue.DedupeKey);
        // On Tuesday 1 December, 4 December is three working days away: not yet reminded.
        Assert.Equal(2, after.Count);
    }

    [Fact]
    public async Task AnOwnerWhoTurnedTheReminderOffGetsNone()
    {
        var (world, _, _) = await ArrangeAsync();
        await using var __ = world;
        await world.Database.Get<NotificationSettings>().SetAsync(EmailKind.PromisedActionDueSoon, on: false, world.Staff["Tom Bennett"]);

        await world.RunRemindersAsync();

        Assert.Empty(await RemindersAsync(world));
    }

    [Fact]
    public async Task ADoneActionIsNotReminded()
    {
        var (world, caseId, reference) = await ArrangeAsync();
        await using var _ = world;
        var details = await world.OpenAsync(reference);
        await world.Actions.ApplyAsync(caseId, details.Version, new CompletePromisedActionCommand(details.PromisedActions.Single(a => a.What == "Check the list").Id, "Checked."),
            world.Staff["Tom Bennett"]);

        await world.RunRemindersAsync();

        Assert.Empty(await RemindersAsync(world));
    }
}
