namespace ComplaintsHub.Core.Records;

/// <summary>A case answered long ago and never closed: still open, so its retention period has not started.</summary>
public sealed record UnclosedCase(int Id, string Reference, DateOnly RespondedOn);
