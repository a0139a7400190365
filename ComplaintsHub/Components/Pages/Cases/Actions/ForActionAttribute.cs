using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Components.Pages.Cases.Actions;

/// <summary>Marks the form the case page shows for an action: each action has exactly one.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ForActionAttribute(ComplaintAction action) : Attribute
{
    public ComplaintAction Action { get; } = action;
}
