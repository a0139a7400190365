namespace ComplaintsHub.Components.Pages.Cases.Actions;

/// <summary>One promised action as the response form holds it while it is typed: a date and an owner may still be missing.</summary>
public sealed class PromisedActionRow
{
    public string? What { get; set; }
    public DateTime? By { get; set; }
    public Guid? OwnerId { get; set; }
}
