using System.Collections.Concurrent;
using ComplaintsHub.Core.Inbox;
using Microsoft.Identity.Client;

namespace ComplaintsHub.Hosting;

/// <summary>
/// The app registration's client-credentials token for Exchange Online's IMAP (scope
/// https://outlook.office365.com/.default; the app needs the IMAP.AccessAsApp permission and the mailbox's permission
/// granted to its service principal). MSAL keeps the token until it is about to expire.
/// </summary>
internal sealed class ExchangeOnlineTokenSource : IImapTokenSource
{
    private static readonly string[] Scopes = ["https://outlook.office365.com/.default"];
    private readonly ConcurrentDictionary<(string, string), IConfidentialClientApplication> _apps = new();

    public async Task<string> GetAccessTokenAsync(InboxOptions options, CancellationToken cancellationToken)
    {
        var app = _apps.GetOrAdd((options.TenantId!, options.ClientId!), key => ConfidentialClientApplicationBuilder.Create(key.Item2)
            .WithClientSecret(options.ClientSecret)
            .WithTenantId(key.Item1)
            .Build());
        var result = await app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
