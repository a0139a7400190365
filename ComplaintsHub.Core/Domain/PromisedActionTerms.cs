namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One thing a stage's response promises: what, by when and who owns it. <paramref name="Who"/> is the letter's own wording
/// for who will do it ("the repairs team"), kept for the letter; <paramref name="OwnerId"/> is the person the council holds to it.
/// </summary>
/// <param name="OwnerName">The owner's name as the timeline writes it, read by the command that records the response.</param>
public sealed record PromisedActionTerms(string What, DateOnly DueDate, Guid OwnerId, string? Who = null, string OwnerName = "");
