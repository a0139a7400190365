using ComplaintsHub.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Hosting;

internal static class SharedDataProtection
{
    /// <summary>The name every instance protects under: instances with different names cannot read each other's cookies.</summary>
    public const string ApplicationName = "ComplaintsHub";

    /// <summary>
    /// Keys for cookies and antiforgery tokens in the database rather than on each machine, so that a cookie issued by
    /// one instance is understood by every other and survives a redeployment (decision 0018).
    /// </summary>
    public static void AddSharedDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IDbContextFactory<ComplaintsDbContext>>(
            (options, dbFactory) => options.XmlRepository = new DatabaseKeyRepository(dbFactory));
    }
}
