namespace ComplaintsHub.Core.Refusals;

/// <summary>A rule was broken.</summary>
public sealed class DomainException(string message) : RefusalException(message);
