using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Auth;

/// <summary>
/// Whether Entra's sign-in metadata can be read, and what to tell the operator when it cannot: the address tried and the
/// settings it came from. The health check and the sign-in-unavailable page share it.
/// </summary>
public sealed class IdentityProviderAvailability(IOptionsMonitor<OpenIdConnectOptions> options, IConfiguration configuration, ILogger<IdentityProviderAvailability> logger)
{
    private OpenIdConnectOptions Options => options.Get(OpenIdConnectDefaults.AuthenticationScheme);

    public string MetadataAddress =>
        Options.MetadataAddress is { Length: > 0 } address ? address : $"{Options.Authority?.TrimEnd('/')}/.well-known/openid-configuration";

    /// <summary>Null when the metadata could be read (or was read recently and is cached), else what went wrong.</summary>
    public async Task<Exception?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return e;
        }
    }

    /// <summary>The identity provider's metadata could not be fetched (IDX20803), or the request to it failed outright.</summary>
    public static bool IsUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException || (e is InvalidOperationException && e.Message.StartsWith("IDX20803", StringComparison.Ordinal))) return true;
        }

        return false;
    }

    public void LogUnavailable(Exception exception) =>
        logger.LogError(exception,
            "Sign-in is unavailable: the identity provider's metadata at {MetadataAddress} could not be read. It comes from the settings AzureAd:Instance ({Instance}) and AzureAd:TenantId ({TenantId}); check them, and that this server can reach that address.",
            MetadataAddress, configuration["AzureAd:Instance"], configuration["AzureAd:TenantId"]);
}
