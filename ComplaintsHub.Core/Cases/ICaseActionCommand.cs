namespace ComplaintsHub.Core.Cases;

/// <summary>
/// A command that is one of the case page's actions: it declares the action's definition, once, as a static member,
/// so the page can offer the action and the server can check roles before any command is built.
/// </summary>
public interface ICaseActionCommand
{
    static abstract CaseActionDefinition Definition { get; }
}
