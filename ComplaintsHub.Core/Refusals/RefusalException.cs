namespace ComplaintsHub.Core.Refusals;

/// <summary>
/// Something a person tried was refused, and the message is written for them: pages show it where they are looking.
/// Anything else that goes wrong is a fault, not a refusal.
/// </summary>
public abstract class RefusalException(string message) : Exception(message);
