namespace ComplaintsHub.Security;

/// <summary>
/// The load balancers or reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed. From anyone
/// else the headers are ignored: believed from anyone, they would let a caller choose the address rate limits count by.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. 10.0.0.4. With none here and no network below, a proxy on this machine (loopback) is trusted.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR form, e.g. 10.0.0.0/24.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
