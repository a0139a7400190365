namespace ComplaintsHub.Core.Inbox;

/// <summary>What one read of the mailbox did.</summary>
/// <param name="Stored">New inbox items stored.</param>
/// <param name="AttachedToCases">Of those, how many were filed under the case their subject quotes.</param>
/// <param name="Bounces">Delivery-failure reports recorded against the email they were about.</param>
/// <param name="AlreadyStored">Unseen messages that had been stored before (a run stopped before marking them seen).</param>
public sealed record InboxIntakeResult(int Stored, int AttachedToCases, int Bounces, int AlreadyStored)
{
    public static InboxIntakeResult SwitchedOff { get; } = new(0, 0, 0, 0);
}
