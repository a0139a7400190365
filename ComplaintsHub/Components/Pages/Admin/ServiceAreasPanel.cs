using ComplaintsHub.Auth;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Setup;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ComplaintsHub.Components.Pages.Admin;

/// <summary>
/// One tab of the service areas page: a list and the form that adds or edits one of its items. Saving goes to
/// <see cref="ReferenceDataAdmin"/>, which checks everything again; what it refuses is shown next to the field it is
/// about, or above the form when it is about the whole item (someone else changed it first, access switched off).
/// </summary>
public abstract class ServiceAreasPanel : ComponentBase
{
    [Parameter, EditorRequired] public ReferenceData Data { get; set; } = default!;
    /// <summary>Called after a save, so the page reads everything again (a renamed area shows on every tab).</summary>
    [Parameter] public EventCallback Changed { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] protected ReferenceDataAdmin Admin { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    protected string? FormError { get; private set; }
    protected bool Busy { get; private set; }

    protected string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
    protected bool HasError(string field) => Errors.ContainsKey(field);

    protected void ClearErrors()
    {
        Errors = new Dictionary<string, string>();
        FormError = null;
    }

    /// <summary>Runs a save; returns whether it was saved, so the panel can close its form.</summary>
    protected async Task<bool> SaveAsync(Func<CurrentStaff, Task> save, string saved)
    {
        ClearErrors();
        Busy = true;
        try
        {
            await save(await AuthenticationState.RequireStaffAsync());
            Snackbar.Add(saved, Severity.Success);
            await Changed.InvokeAsync();
            return true;
        }
        catch (SetupRefusedException refusal)
        {
            Errors = refusal.Errors;
            return false;
        }
        catch (RefusalException refusal)
        {
            FormError = refusal.Message;
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
