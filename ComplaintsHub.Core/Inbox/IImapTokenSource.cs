namespace ComplaintsHub.Core.Inbox;

/// <summary>
/// An OAuth2 access token for the mailbox (Exchange Online's client-credentials token for
/// https://outlook.office365.com/.default). Supplied by the web host, which holds the token library.
/// </summary>
public interface IImapTokenSource
{
    Task<string> GetAccessTokenAsync(InboxOptions options, CancellationToken cancellationToken);
}
