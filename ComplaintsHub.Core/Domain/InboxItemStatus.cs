namespace ComplaintsHub.Core.Domain;

/// <summary>What became of an email read from the shared mailbox.</summary>
public enum InboxItemStatus
{
    /// <summary>Waiting for someone to deal with it.</summary>
    New,
    /// <summary>Logged as a new contact: the case it became is kept with it.</summary>
    Logged,
    /// <summary>Kept with an existing case.</summary>
    Attached,
    /// <summary>Not a case (spam, a misdirected email…), with the reason.</summary>
    Dismissed,
}
