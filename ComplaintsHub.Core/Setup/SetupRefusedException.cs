using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// A set-up change was refused for what was entered: every problem at once, by field (<see cref="ReferenceDataFields"/>),
/// so the page can put each message next to its field. Nothing was saved.
/// </summary>
public sealed class SetupRefusedException(IReadOnlyDictionary<string, string> errors) : RefusalException(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
