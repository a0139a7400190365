namespace ComplaintsHub.Components.Shared;

/// <summary>A form that sends one action: what <see cref="ActionFormFrame"/> needs to show its refusal and its buttons.</summary>
public interface IActionForm
{
    /// <summary>A refusal that belongs to no one field.</summary>
    string? Error { get; }

    bool Busy { get; }

    Task ConfirmAsync();

    Task CancelAsync();
}
