using System.Reflection;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// Every action's definition, found from the commands that declare one, so that adding an action is adding its command.
/// Read once; a missing or doubled action stops the first use with the actions named, rather than hiding a button.
/// </summary>
public static class CaseActionDefinitions
{
    private static readonly Lazy<IReadOnlyDictionary<ComplaintAction, CaseActionDefinition>> Definitions = new(Find);

    /// <summary>The command types that declare an action, with the action each declares.</summary>
    public static IReadOnlyList<(Type Command, CaseActionDefinition Definition)> Commands { get; } =
        typeof(CaseCommand).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CaseCommand).IsAssignableFrom(t) && typeof(ICaseActionCommand).IsAssignableFrom(t))
            .Select(t => (t, (CaseActionDefinition)t.GetProperty(nameof(ICaseActionCommand.Definition), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!))
            .ToList();

    /// <summary>Every action in the order the case page offers them (the order of <see cref="ComplaintAction"/>).</summary>
    public static IEnumerable<CaseActionDefinition> All => Enum.GetValues<ComplaintAction>().Select(For);

    public static CaseActionDefinition For(ComplaintAction action) => Definitions.Value[action];

    private static IReadOnlyDictionary<ComplaintAction, CaseActionDefinition> Find()
    {
        var byAction = Commands.GroupBy(c => c.Definition.Action).ToDictionary(g => g.Key, g => g.ToList());
        var missing = Enum.GetValues<ComplaintAction>().Where(a => !byAction.ContainsKey(a)).ToList();
        var doubled = byAction.Where(p => p.Value.Count > 1).Select(p => $"{p.Key} ({string.Join(", ", p.Value.Select(c => c.Command.Name))})").ToList();
        if (missing.Count > 0 || doubled.Count > 0)
        {
            throw new InvalidOperationException($"Each case action needs exactly one command. Without one: {string.Join(", ", missing)}. With more than one: {string.Join(", ", doubled)}.");
        }

        return byAction.ToDictionary(p => p.Key, p => p.Value[0].Definition);
    }
}
