using ComplaintsHub.Auth;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplaintsHub.Components.Shared;

/// <summary>
/// What every one-action form shares: building the command from its fields, sending it through its one write path as the
/// signed-in person, and putting a refusal next to its field or above the buttons. A form lays out its fields (inside
/// <see cref="ActionFormFrame"/>), says which command they make, and its subclass says where the command goes.
/// </summary>
public abstract class ActionForm<TCommand> : ComponentBase, IActionForm where TCommand : class
{
    private readonly Dictionary<string, string> _fieldErrors = [];

    [Inject] protected TimeProvider Clock { get; set; } = default!;

    /// <summary>The command was applied: what it changed must be read again.</summary>
    [Parameter] public EventCallback Done { get; set; }
    [Parameter] public EventCallback Cancelled { get; set; }
    [CascadingParameter] protected Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    public string? Error { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>Today in the UK, as a date picker holds it: dates of things that happened start here.</summary>
    protected DateTime Today => UkTime.Now(Clock).Date;

    protected bool HasError(string field) => _fieldErrors.ContainsKey(field);

    protected string? ErrorFor(string field) => _fieldErrors.GetValueOrDefault(field);

    /// <summary>The command the fields make, or null after <see cref="Missing"/> when something must be chosen first.</summary>
    protected abstract TCommand? Command();

    /// <summary>Sends the command through its write path.</summary>
    protected abstract Task SendAsync(TCommand command, CurrentStaff staff);

    /// <summary>Says what must be entered before the form can be sent, and sends nothing.</summary>
    protected TCommand? Missing(string message)
    {
        Error = message;
        return null;
    }

    /// <summary>Says, next to <paramref name="field"/>, what must be entered there before the form can be sent, and sends nothing.</summary>
    protected TCommand? MissingIn(string field, string message)
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
            await SendAsync(command, await AuthenticationState.RequireStaffAsync());
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
