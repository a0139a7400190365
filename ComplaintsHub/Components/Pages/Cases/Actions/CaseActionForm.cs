using ComplaintsHub.Auth;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplaintsHub.Components.Pages.Cases.Actions;

/// <summary>
/// What every action's form shares: the case as the person saw it, sending the form's command through the one write
/// path with that version, and putting a refusal next to its field or above the buttons. A form only lays out its
/// fields (inside <see cref="CaseActionFormFrame"/>) and says which command they make.
/// </summary>
public abstract class CaseActionForm : ComponentBase
{
    private readonly Dictionary<string, string> _fieldErrors = [];

    [Inject] private CaseActions Actions { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public CaseDetails Case { get; set; } = default!;
    /// <summary>The command was applied: the case has changed.</summary>
    [Parameter] public EventCallback Done { get; set; }
    [Parameter] public EventCallback Cancelled { get; set; }
    [CascadingParameter] protected Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>A refusal that belongs to no one field.</summary>
    public string? Error { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>Today in the UK, as a date picker holds it: dates of things that happened start here.</summary>
    protected DateTime Today => UkTime.Now(Clock).Date;

    protected bool HasError(string field) => _fieldErrors.ContainsKey(field);

    protected string? ErrorFor(string field) => _fieldErrors.GetValueOrDefault(field);

    /// <summary>The command the fields make, or null after <see cref="Missing"/> when something must be chosen first.</summary>
    protected abstract CaseCommand? Command();

    /// <summary>Says what must be entered before the form can be sent, and sends nothing.</summary>
    protected CaseCommand? Missing(string message)
    {
        Error = message;
        return null;
    }

    /// <summary>Says, next to <paramref name="field"/>, what must be entered there before the form can be sent, and sends nothing.</summary>
    protected CaseCommand? MissingIn(string field, string message)
    {
        _fieldErrors[field] = message;
        return null;
    }

    public async Task ConfirmAsync()
    {
        Busy = true;
        Error = null;
        _fieldErrors.Clear();
        try
        {
            if (Command() is not { } command) return;
            await Actions.ApplyAsync(Case.Id, Case.Version, command, await AuthenticationState.RequireStaffAsync());
            await Done.InvokeAsync();
        }
        catch (InputRefusedException ex)
        {
            _fieldErrors[ex.Field] = ex.Message;
        }
        catch (RefusalException ex)
        {
            Error = ex.Message;
        }
        finally
        {
            Busy = false;
            // The buttons live in the frame, so the frame re-renders after a click; the fields, with their messages, are this form's.
            StateHasChanged();
        }
    }

    public Task CancelAsync() => Cancelled.InvokeAsync();
}
