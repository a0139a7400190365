using System.Reflection;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Components.Pages.Cases.Actions;

/// <summary>The form for each action, found from the forms marked <see cref="ForActionAttribute"/>, so adding an action's form is adding its file.</summary>
public static class CaseActionForms
{
    /// <summary>Every form component that says which action it is for.</summary>
    public static IReadOnlyList<(Type Form, ComplaintAction Action)> All { get; } =
        typeof(CaseActionForms).Assembly.GetTypes()
            .Select(t => (Form: t, For: t.GetCustomAttribute<ForActionAttribute>()))
            .Where(f => f.For is not null && typeof(CaseActionForm).IsAssignableFrom(f.Form) && !f.Form.IsAbstract)
            .Select(f => (f.Form, f.For!.Action))
            .ToList();

    private static readonly IReadOnlyDictionary<ComplaintAction, Type> ByAction = All.GroupBy(f => f.Action).ToDictionary(g => g.Key, g => g.First().Form);

    public static Type For(ComplaintAction action) =>
        ByAction.TryGetValue(action, out var form) ? form : throw new InvalidOperationException($"There is no form for {action}: add Pages/Cases/Actions/{action}Form.razor.");
}
