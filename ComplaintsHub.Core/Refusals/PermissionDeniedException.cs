namespace ComplaintsHub.Core.Refusals;

/// <summary>The person's role or service areas do not allow it.</summary>
public sealed class PermissionDeniedException(string message) : RefusalException(message);
