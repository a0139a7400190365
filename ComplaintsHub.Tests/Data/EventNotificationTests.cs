using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Data;

/// <summary>The emails a change to a case causes, queued in the outbox with the change.</summary>
public class EventNotifications
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Fact]
    public async Task AllocatingACaseEmailsTheOfficerOnceWithALinkToTheCase()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var (id, reference) = await world.LogAsync(Monday);

        await world.AllocateAsync(reference, "Tom Bennett");

        var email = Assert.Single(await world.OutboxAsync());
        Assert.Equal((EmailKind.CaseAllocated, "tom.bennett@ashbury.gov.uk", world.Staff["Tom Bennett"].StaffUserId, id),
            (email.Kind, email.ToAddress, email.RecipientStaffId, email.ComplaintId));
        Assert.Equal(EmailStatus.Pending, email.Status);
        var link = $"https://complaints.ashbury.gov.uk/cases/{reference}";
        Assert.Contains(link, email.TextBody);
        Assert.Contains($"href=\"{link}\"", email.HtmlBody);
        Assert.Contains(reference, email.Subject);
    }

    [Fact]
    public async Task AllocatingACaseToYourselfSendsNothing()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var (_, reference) = await world.LogAsync(Monday);

        await world.AllocateAsync(reference, "David Okafor", by: "David Okafor");

        Assert.Equal("David Okafor", (await world.OpenAsync(reference)).AllocatedOfficer);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task AnOfficerWhoTurnedAllocationNoticesOffGetsNoneButStillGetsOtherKinds()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var (_, first) = await world.LogAsync(Monday);
        var (_, second) = await world.LogAsync(Monday);
        await world.Database.Get<NotificationSettings>().SetAsync(EmailKind.CaseAllocated, on: false, world.Staff["Tom Bennett"]);

        await world.AllocateAsync(first, "Tom Bennett");
        await world.Database.Get<NotificationSettings>().SetAsync(EmailKind.CaseAllocated, on: true, world.Staff["Tom Bennett"]);
        await world.AllocateAsync(second, "Tom Bennett");

        var email = Assert.Single(await world.OutboxAsync());
        Assert.Equal((await world.OpenAsync(second)).Id, email.ComplaintId);
    }

    [Fact]
    public async Task NothingIsQueuedWhileEmailIsSwitchedOff()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow, emailOn: false);
        var (_, reference) = await world.LogAsync(Monday);

        await world.AllocateAsync(reference, "Tom Bennett");

        Assert.Equal("Tom Bennett", (await world.OpenAsync(reference)).AllocatedOfficer);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task AnAllocationRefusedAsStaleQueuesNoEmail()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var (id, reference) = await world.LogAsync(Monday);
        var seen = (await world.OpenAsync(reference)).Version;
        await world.Actions.ApplyAsync(id, seen, new AcknowledgeCommand(null), world.Staff["Tom Bennett"]);

        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            world.Actions.ApplyAsync(id, seen, new AllocateCommand(world.Staff["Gareth Lewis"].StaffUserId), world.Staff["David Okafor"]));

        Assert.Null((await world.OpenAsync(reference)).AllocatedOfficerId);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task AssigningStage2EmailsTheHeadOfServiceAndNoOneElse()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var (id, reference) = await world.LogAsync(Monday);
        var leader = world.Staff["David Okafor"];
        async Task Apply(Core.Cases.CaseCommand command, CurrentStaff by) => await world.Actions.ApplyAsync(id, (await world.OpenAsync(reference)).Version, command, by);
        await Apply(new AcknowledgeCommand(null), leader);
        await Apply(new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), leader);
        await Apply(new EscalateCommand(null), world.Staff["Tom Bennett"]);

        await Apply(new AssignStageCommand(world.Staff["Fiona Campbell"].StaffUserId), world.Staff["Mark Ellis"]);

        var email = Assert.Single(await world.OutboxAsync());
        Assert.Equal((EmailKind.StageAssigned, "fiona.campbell@ashbury.gov.uk", id), (email.Kind, email.ToAddress, email.ComplaintId));
        Assert.Contains("Stage 2", email.Subject);
        Assert.Contains($"https://complaints.ashbury.gov.uk/cases/{reference}", email.TextBody);
    }

    [Fact]
    public async Task TheEmailNamesTheCaseButNothingAboutTheComplainant()
    {
        await using var world = await NotificationWorld.CreateAsync(TestToday.HandWorkedNow);
        var (_, reference) = await world.LogAsync(Monday);

        await world.AllocateAsync(reference, "Tom Bennett");

        var email = Assert.Single(await world.OutboxAsync());
        foreach (var part in new[] { email.Subject, email.TextBody, email.HtmlBody! })
        {
            foreach (var secret in new[] { NotificationWorld.FirstName, NotificationWorld.LastName, NotificationWorld.ComplainantEmail, NotificationWorld.Phone,
                         NotificationWorld.Address, NotificationWorld.Postcode, NotificationWorld.Description })
            {
                Assert.DoesNotContain(secret, part, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains(reference, email.TextBody);
        Assert.Contains("Waste & Recycling", email.TextBody);
    }
}
