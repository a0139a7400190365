using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;

namespace ComplaintsHub.Tests.Support;

public static class TestSettings
{
    /// <summary>A syntactically complete Entra configuration for a tenant that does not exist (nothing here contacts it).</summary>
    public static Dictionary<string, string?> EntraConfigured(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }
}

public static class StaffDirectoryTestExtensions
{
    /// <summary>Switches someone's access off as the complaints team would, reading the record's current version first.</summary>
    public static async Task SwitchOffAsync(this StaffDirectory directory, Guid adminId, Guid staffUserId)
    {
        var version = (await directory.ListAsync()).Single(s => s.Id == staffUserId).Version;
        await directory.SetActiveAsync(staffUserId, false, version, new CurrentStaff(adminId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));
    }
}
