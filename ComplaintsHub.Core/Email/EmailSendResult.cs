namespace ComplaintsHub.Core.Email;

/// <summary>What the mail server said: accepted, refused for now (try again later), or refused for good.</summary>
public sealed record EmailSendResult(bool Accepted, bool Permanent, string Reply)
{
    public static EmailSendResult Ok(string reply) => new(true, false, reply);
    public static EmailSendResult TryLater(string reply) => new(false, false, reply);
    public static EmailSendResult Refused(string reply) => new(false, true, reply);
}
