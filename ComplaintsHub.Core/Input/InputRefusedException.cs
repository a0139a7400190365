using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Input;

/// <summary>
/// One field's value was refused (too long, out of range, an implausible date). <see cref="Field"/> names the field
/// so the page can show the message next to it.
/// </summary>
public sealed class InputRefusedException(string field, string message) : RefusalException(message)
{
    public string Field { get; } = field;
}
