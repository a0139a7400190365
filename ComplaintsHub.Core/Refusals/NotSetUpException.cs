namespace ComplaintsHub.Core.Refusals;

/// <summary>The council has not yet set up something this needs; the message says what, and who can put it right.</summary>
public sealed class NotSetUpException(string message) : RefusalException(message);
