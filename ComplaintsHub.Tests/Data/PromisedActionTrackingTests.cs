using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>The Waste case of <see cref="CaseWorld"/>, acknowledged and allocated to Tom Bennett, answered promising one thing.</summary>
internal static class PromisedWorld
{
    /// <summary>Three weeks after the test's Friday 20 November 2026.</summary>
    public static readonly DateOnly Due = new(2026, 12, 11);

    public static async Task<CaseWorld> AnsweredAsync(Guid? ownerOf = null, string owner = "Tom Bennett")
    {
        var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AllocateCommand(world.Staff["Tom Bennett"].StaffUserId), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version,
            new RecordResponseCommand(new StageResponse(Outcome.NotUpheld), [new PromisedActionTerms("Check the assisted collection list", Due, ownerOf ?? world.Staff[owner].StaffUserId)]), leader);
        return world;
    }
}

public class PromisedActionTracking
{
    [Fact]
    public async Task AResponseLettersOutstandingActionsAppearOnTheCaseAndInTheOfficersWork()
    {
        await using var world = await CaseWorld.CreateAsync();
        var leader = world.Staff["David Okafor"];
        var letters = world.Database.Get<LetterService>();
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AllocateCommand(world.Staff["Tom Bennett"].StaffUserId), leader);
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
        var decision = new LetterDecision
        {
            Outcome = Outcome.NotUpheld, Reasons = "The round ran.", Points = [new LetterPoint("Missed bin", Outcome.NotUpheld, "The tracker shows it was emptied.")],
            OutstandingActions =
            [
                new LetterAction("Check the assisted collection list", PromisedWorld.Due, "the waste team"),
                new LetterAction("Write to you with the new round", new DateOnly(2026, 12, 4), "the round manager", world.Staff["David Okafor"].StaffUserId),
            ],
        };
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Stage1Response, decision, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, new LetterComposition(draft.WhatYouToldUs, draft.Decision), draft.Text, leader);

        var answered = await world.OpenAsync("David Okafor");
        Assert.Equal(CaseStatus.Responded, answered.Status);
        Assert.Equal(
            [("Write to you with the new round", new DateOnly(2026, 12, 4), "David Okafor", "the round manager"), ("Check the assisted collection list", PromisedWorld.Due, "Tom Bennett", "the waste team")],
            answered.OpenPromisedActions.Select(a => (a.What, a.DueDate, a.Owner, a.WhoText)));
        var work = await world.Database.Get<MyWorkQuery>().GetAsync(world.Staff["Tom Bennett"]);
        var mine = Assert.Single(work.PromisedActions);
        Assert.Equal((world.Reference, "Check the assisted collection list", PromisedWorld.Due, false), (mine.Reference, mine.What, mine.DueDate, mine.Overdue));
    }

    [Fact]
    public async Task AnActionPastItsDateIsMarkedOverdueInTheOwnersWork()
    {
        await using var world = await PromisedWorld.AnsweredAsync();

        world.Database.Clock.Advance(TimeSpan.FromDays(21)); // Friday 11 December: due today, not yet late
        var onTheDay = Assert.Single((await world.Database.Get<MyWorkQuery>().GetAsync(world.Staff["Tom Bennett"])).PromisedActions);
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        var dayAfter = Assert.Single((await world.Database.Get<MyWorkQuery>().GetAsync(world.Staff["Tom Bennett"])).PromisedActions);

        Assert.Equal((false, true), (onTheDay.Overdue, dayAfter.Overdue));
        Assert.True((await world.OpenAsync("Tom Bennett")).PromisedActions[0].Overdue);
    }

    [Fact]
    public async Task AnOwnerWhoCannotActOnTheCaseIsRefusedAndTheStageStaysUnanswered()
    {
        var world = await CaseWorld.CreateAsync();
        await using (world)
        {
            var leader = world.Staff["David Okafor"];
            await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AcknowledgeCommand(null), leader);
            var version = (await world.OpenAsync("David Okafor")).Version;

            var refusal = await Assert.ThrowsAsync<DomainException>(() => world.Actions.ApplyAsync(world.CaseId, version,
                new RecordResponseCommand(new StageResponse(Outcome.NotUpheld), [new PromisedActionTerms("Check the list", PromisedWorld.Due, world.Staff["Priya Shah"].StaffUserId)]), leader));

            Assert.Equal("The owner chosen for “Check the list” cannot act on this case: choose someone in Waste & Recycling or the complaints team.", refusal.Message);
            var still = await world.OpenAsync("David Okafor");
            Assert.Equal((CaseStatus.Acknowledged, 0), (still.Status, still.PromisedActions.Count));
        }
    }

    [Fact]
    public async Task TheOwnerCompletesTheActionWithANoteOnTheTimelineAndItLeavesTheirWork()
    {
        await using var world = await PromisedWorld.AnsweredAsync();
        var tom = world.Staff["Tom Bennett"];
        var action = (await world.OpenAsync("Tom Bennett")).PromisedActions[0];

        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Tom Bennett")).Version, new CompletePromisedActionCommand(action.Id, "  Added to the list and told the crew.  "), tom);

        var done = (await world.OpenAsync("Tom Bennett")).PromisedActions[0];
        Assert.Equal((PromisedActionStatus.Done, "Added to the list and told the crew.", "Tom Bennett"), (done.Status, done.CompletionNote, done.CompletedBy));
        Assert.Equal(TimelineEventType.PromisedActionCompleted, (await world.OpenAsync("Tom Bennett")).Timeline[0].Type);
        Assert.Empty((await world.Database.Get<MyWorkQuery>().GetAsync(tom)).PromisedActions);
    }

    [Fact]
    public async Task AnOfficerWhoNeitherOwnsTheActionNorHoldsTheCaseCannotCompleteOrRedateIt()
    {
        // Owned by the team leader, on a case Tom Bennett holds: Aisha Khan does not see it, and Tom may (he holds the case).
        await using var world = await PromisedWorld.AnsweredAsync(owner: "David Okafor");
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("David Okafor")).Version, new AllocateCommand(world.Staff["David Okafor"].StaffUserId), world.Staff["David Okafor"]);
        var action = (await world.OpenAsync("Tom Bennett")).PromisedActions[0];
        var version = (await world.OpenAsync("Tom Bennett")).Version;

        var complete = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Actions.ApplyAsync(world.CaseId, version, new CompletePromisedActionCommand(action.Id, "Done."), world.Staff["Tom Bennett"]));
        var redate = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Actions.ApplyAsync(world.CaseId, version, new RedatePromisedActionCommand(action.Id, PromisedWorld.Due.AddDays(7), "Later."), world.Staff["Tom Bennett"]));

        Assert.Equal("A promised action is completed or re-dated by its owner, the case's officer, a team leader, head of service or the complaints team.", complete.Message);
        Assert.Equal(complete.Message, redate.Message);
        Assert.False((await world.OpenAsync("Tom Bennett")).PromisedActions[0].MayChange);
        Assert.Equal((PromisedActionStatus.Open, PromisedWorld.Due), ((await world.OpenAsync("Tom Bennett")).PromisedActions[0].Status, (await world.OpenAsync("Tom Bennett")).PromisedActions[0].DueDate));
    }

    [Fact]
    public async Task RedatingToADayInThePastIsRefusedNextToTheDateAndARedateWithAReasonIsOnTheTimeline()
    {
        await using var world = await PromisedWorld.AnsweredAsync();
        var tom = world.Staff["Tom Bennett"];
        var action = (await world.OpenAsync("Tom Bennett")).PromisedActions[0];

        var version = (await world.OpenAsync("Tom Bennett")).Version;

        var refusal = await Assert.ThrowsAsync<Core.Input.InputRefusedException>(() =>
            world.Actions.ApplyAsync(world.CaseId, version, new RedatePromisedActionCommand(action.Id, new DateOnly(2026, 11, 19), "Sooner."), tom));
        await world.Actions.ApplyAsync(world.CaseId, (await world.OpenAsync("Tom Bennett")).Version, new RedatePromisedActionCommand(action.Id, new DateOnly(2026, 12, 18), "The crew list is late."), tom);

        Assert.Equal((CaseActionFields.Date, "The new date cannot be in the past."), (refusal.Field, refusal.Message));
        var after = await world.OpenAsync("Tom Bennett");
        Assert.Equal(new DateOnly(2026, 12, 18), after.PromisedActions[0].DueDate);
        Assert.Equal("Promised action re-dated from 11 December 2026 to 18 December 2026: Check the assisted collection list. Reason: The crew list is late.", after.Timeline[0].Summary);
    }

    [Fact]
    public async Task ClosingWithAnOpenActionIsRefusedWithoutTheConfirmationAndRecordedWithIt()
    {
        await using var world = await PromisedWorld.AnsweredAsync();
        var leader = world.Staff["David Okafor"];
        var version = (await world.OpenAsync("David Okafor")).Version;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => world.Actions.ApplyAsync(world.CaseId, version, new CloseCommand(), leader));
        Assert.Equal("1 promised action is still open. Confirm you are closing with them open: they stay tracked until done.", refusal.Message);
        Assert.Equal((CaseStatus.Responded, version), ((await world.OpenAsync("David Okafor")).Status, (await world.OpenAsync("David Okafor")).Version));

        await world.Actions.ApplyAsync(world.CaseId, version, new CloseCommand(OpenActionsConfirmed: true), leader);

        var closed = await world.OpenAsync("David Okafor");
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal("Closed at Stage 1: not upheld. Closed with 1 promised action still open.", closed.Timeline[0].Summary);
        // Still tracked after closing: on the owner's work and completable.
        Assert.Single((await world.Database.Get<MyWorkQuery>().GetAsync(world.Staff["Tom Bennett"])).PromisedActions);
        await world.Actions.ApplyAsync(world.CaseId, closed.Version, new CompletePromisedActionCommand(closed.PromisedActions[0].Id, "Checked."), world.Staff["Tom Bennett"]);
        Assert.False((await world.OpenAsync("David Okafor")).PromisedActions[0].IsOpen);
    }

    [Fact]
    public async Task TheManagersListShowsOpenActionsInTheirAreasFilteredByOwnerAreaAndOverdue()
    {
        await using var world = await PromisedWorld.AnsweredAsync();
        var query = world.Database.Get<PromisedActionsQuery>();

        var leaders = await query.GetAsync(new PromisedActionFilter(), world.Staff["David Okafor"]);
        var housing = await query.GetAsync(new PromisedActionFilter(), world.Staff["Sarah Mitchell"]);
        var team = await query.GetAsync(new PromisedActionFilter { OwnerId = world.Staff["Tom Bennett"].StaffUserId }, world.Staff["Mark Ellis"]);
        var someoneElse = await query.GetAsync(new PromisedActionFilter { OwnerId = world.Staff["David Okafor"].StaffUserId }, world.Staff["Mark Ellis"]);
        var overdue = await query.GetAsync(new PromisedActionFilter { OverdueOnly = true }, world.Staff["Mark Ellis"]);
        world.Database.Clock.Advance(TimeSpan.FromDays(22));
        var overdueLater = await query.GetAsync(new PromisedActionFilter { OverdueOnly = true, ServiceAreaId = leaders.Areas[0].Id }, world.Staff["Mark Ellis"]);

        var row = Assert.Single(leaders.Rows);
        Assert.Equal((world.Reference, "Tom Bennett", "Waste & Recycling"), (row.Reference, row.Owner, row.ServiceArea));
        Assert.Equal([(world.Staff["Tom Bennett"].StaffUserId, "Tom Bennett")], leaders.Owners);
        Assert.Empty(housing.Rows);
        Assert.Equal((1, 0, 0, 1), (team.Rows.Count, someoneElse.Rows.Count, overdue.Rows.Count, overdueLater.Rows.Count));
        var officer = await Assert.ThrowsAsync<PermissionDeniedException>(() => query.GetAsync(new PromisedActionFilter(), world.Staff["Tom Bennett"]));
        Assert.Equal("The promised actions list is for a team leader, head of service or the complaints team.", officer.Message);
    }
}
