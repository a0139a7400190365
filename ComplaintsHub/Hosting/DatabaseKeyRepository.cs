using System.Xml.Linq;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Hosting;

/// <summary>
/// The data-protection key ring in the app's own database, so every instance behind a load balancer shares it. Data
/// protection calls these synchronously, rarely: once when the ring is first read and about every 24 hours after.
/// </summary>
internal sealed class DatabaseKeyRepository(IDbContextFactory<ComplaintsDbContext> dbFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = dbFactory.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = dbFactory.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        // The context allows only the asynchronous save (it keeps derived tables in step); this runs about once a day.
        db.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
