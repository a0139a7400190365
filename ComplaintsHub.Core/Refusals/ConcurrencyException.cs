namespace ComplaintsHub.Core.Refusals;

/// <summary>Someone else changed the record first. The message tells the user what to do.</summary>
public sealed class ConcurrencyException(string message) : RefusalException(message);
