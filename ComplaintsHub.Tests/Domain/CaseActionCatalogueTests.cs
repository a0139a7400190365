using ComplaintsHub.Components.Pages.Cases.Actions;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Domain;

/// <summary>Adding an action is adding its command and its form: these fail when either is missing or doubled.</summary>
public class CaseActionCatalogue
{
    public static TheoryData<ComplaintAction> Actions() => new(Enum.GetValues<ComplaintAction>());

    [Theory, MemberData(nameof(Actions))]
    public void EveryActionHasExactlyOneCommandThatDeclaresIt(ComplaintAction action)
    {
        var command = Assert.Single(CaseActionDefinitions.Commands, c => c.Definition.Action == action);

        Assert.Equal($"{action}Command", command.Command.Name);
        Assert.Equal("ComplaintsHub.Core.Cases.Actions", command.Command.Namespace);
        Assert.Same(command.Definition, CaseActionDefinitions.For(action));
    }

    [Theory, MemberData(nameof(Actions))]
    public void EveryActionHasExactlyOneFormOnTheCasePage(ComplaintAction action)
    {
        var form = Assert.Single(CaseActionForms.All, f => f.Action == action);

        Assert.Equal($"{action}Form", form.Form.Name);
        Assert.Equal(form.Form, CaseActionForms.For(action));
    }

    [Fact]
    public void NoCommandOrFormIsForAnActionThatDoesNotExist()
    {
        Assert.All(CaseActionDefinitions.Commands, c => Assert.True(Enum.IsDefined(c.Definition.Action)));
        Assert.All(CaseActionForms.All, f => Assert.True(Enum.IsDefined(f.Action)));
        Assert.Equal(Enum.GetValues<ComplaintAction>().Length, CaseActionDefinitions.Commands.Count);
        Assert.Equal(Enum.GetValues<ComplaintAction>().Length, CaseActionForms.All.Count);
    }

    [Fact]
    public void EachActionsLabelIsItsOwn()
    {
        var labels = CaseActionDefinitions.All.Select(d => d.Label).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.DoesNotContain(labels, string.IsNullOrWhiteSpace);
    }

    [Theory]
    [InlineData(ComplaintAction.AddNote, StaffRole.Officer, true)]
    [InlineData(ComplaintAction.Allocate, StaffRole.Officer, false)]
    [InlineData(ComplaintAction.Allocate, StaffRole.TeamLeader, true)]
    [InlineData(ComplaintAction.ReferToOmbudsman, StaffRole.HeadOfService, false)]
    [InlineData(ComplaintAction.ReferToOmbudsman, StaffRole.ComplaintsAdmin, true)]
    [InlineData(ComplaintAction.AddNote, StaffRole.PortfolioHolder, false)]
    public void TheRolesAnActionDeclaresAreTheOnesAllowed(ComplaintAction action, StaffRole role, bool allowed)
    {
        var staff = new CurrentStaff(Guid.NewGuid(), "Someone", new HashSet<StaffRole> { role });

        Assert.Equal(allowed, CaseActionDefinitions.For(action).RoleRefusal(staff, Cases.Log()) is null);
    }

    [Fact]
    public void AStage2ResponseIsForFewerPeopleThanAStage1Response()
    {
        var leader = new CurrentStaff(Guid.NewGuid(), "A team leader", new HashSet<StaffRole> { StaffRole.TeamLeader });
        var atStage2 = Cases.Log(receivedUk: "2026-11-16 10:00");
        atStage2.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        atStage2.RecordResponse(new StageResponse(Outcome.NotUpheld), Cases.TeamLeader, Cases.Uk("2026-11-24 10:00"), Cases.Calendar);
        atStage2.Escalate(null, Cases.Officer, Cases.Uk("2026-11-25 10:00"), Cases.Calendar);

        Assert.Equal(2, atStage2.CurrentStage);
        Assert.Null(CaseActionDefinitions.For(ComplaintAction.RecordResponse).RoleRefusal(leader, Cases.Log()));
        Assert.Equal("Recording a response is for a head of service or the complaints team.",
            CaseActionDefinitions.For(ComplaintAction.RecordResponse).RoleRefusal(leader, atStage2));
    }
}
