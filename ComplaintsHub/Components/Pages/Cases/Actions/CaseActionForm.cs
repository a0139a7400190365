using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace ComplaintsHub.Components.Pages.Cases.Actions;

/// <summary>
/// A case action's form: the case as the person saw it, and its command sent through the one write path with that
/// version. A form only lays out its fields (inside <see cref="ActionFormFrame"/>) and says which command they make.
/// </summary>
public abstract class CaseActionForm : ActionForm<CaseCommand>
{
    [Inject] private CaseActions Actions { get; set; } = default!;

    [Parameter, EditorRequired] public CaseDetails Case { get; set; } = default!;

    protected override Task SendAsync(CaseCommand command, CurrentStaff staff) => Actions.ApplyAsync(Case.Id, Case.Version, command, staff);
}
