namespace ComplaintsHub.Tests.Support.Identity;

/// <summary>The people of the test tenant, none of them in the demo data, so each first sign-in makes a staff record.</summary>
public static class TestTenant
{
    public const string TenantId = "7d0b5a2e-3c41-4e8f-9a6b-2f1c0d9e8a75";
    public const string ClientId = "9c4e1f70-5b2a-4d3c-8e61-0a7b9c2d4e5f";

    /// <summary>An officer the demo data does not know yet: the first sign-in makes her staff record.</summary>
    public static readonly TestIdentityUser NewOfficer = new("nadia.hussain@ashbury.gov.uk", "0f6d2c1a-8b3e-4f57-a9d0-6e2b7c5a1f34", "Nadia Hussain", "Officer");

    public static readonly TestIdentityUser PortfolioHolder = new("robert.lane@ashbury.gov.uk", "4a9e7b20-1c6d-4e3f-b852-9d0f1a3c7e68", "Cllr Robert Lane", "PortfolioHolder");

    /// <summary>In the tenant, but nobody has assigned her a ComplaintsHub app role.</summary>
    public static readonly TestIdentityUser WithoutRole = new("olivia.grant@ashbury.gov.uk", "b3c8e1d4-7f2a-4b69-8c05-1e9d6a4f2b71", "Olivia Grant");

    public static IReadOnlyList<TestIdentityUser> Everyone { get; } = [NewOfficer, PortfolioHolder, WithoutRole];

    /// <summary>The app's AzureAd settings pointing at <paramref name="provider"/>, in the Production environment.</summary>
    public static Dictionary<string, string?> AppSettings(TestIdentityProvider provider) => new()
    {
        ["AzureAd:Instance"] = provider.Instance,
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
        // The test provider speaks plain HTTP on loopback; Entra itself is HTTPS and the setting defaults to true.
        ["AzureAd:RequireHttpsMetadata"] = "false",
    };
}
