using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using Microsoft.AspNetCore.Components;

namespace ComplaintsHub.Components.Pages.Improvement;

/// <summary>A change to an improvement action, sent with the version the person saw.</summary>
public abstract class ImprovementActionForm : ActionForm<ImprovementActionCommand>
{
    [Inject] private ImprovementActions Actions { get; set; } = default!;

    [Parameter, EditorRequired] public ImprovementActionDetails Action { get; set; } = default!;

    protected override Task SendAsync(ImprovementActionCommand command, CurrentStaff staff) => Actions.ApplyAsync(Action.Id, Action.Version, command, staff);
}
