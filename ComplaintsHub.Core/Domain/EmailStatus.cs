namespace ComplaintsHub.Core.Domain;

public enum EmailStatus
{
    /// <summary>Waiting to be sent (first time, or again after a refusal the server said was temporary).</summary>
    Pending,
    /// <summary>Claimed by one app instance, which is talking to the mail server now.</summary>
    Sending,
    /// <summary>The mail server accepted it.</summary>
    Sent,
    /// <summary>Not sent: refused for good, out of attempts, or interrupted mid-send (then it may or may not have gone).</summary>
    Failed,
    /// <summary>Accepted, then returned as undeliverable (a bounce read from the shared inbox).</summary>
    Bounced,
}
