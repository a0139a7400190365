using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ComplaintsHub.Tests.Data;

/// <summary>A council upgrading to managed partners and teams keeps what its service areas and teams already said.</summary>
public class ReferenceDataUpgrade
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task PartnersNamedOnServiceAreasBecomeListedPartnersAndExistingTeamsStayInUse(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 5);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_ReferenceDataAdministration", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "ServiceAreas" SET "SharedServicePartner" = 'Greenway Environmental Services' WHERE "Code" IN ('WST', 'PKG')""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "ServiceAreas" SET "SharedServicePartner" = 'Shared Revenues Partnership' WHERE "Code" = 'REV'""");
            await db.GetService<IMigrator>().MigrateAsync();
        }

        await using var upgraded = await database.Factory.CreateDbContextAsync();
        var partners = await upgraded.SharedServicePartners.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.IsActive }).ToListAsync();
        var areas = await upgraded.ServiceAreas.ToDictionaryAsync(a => a.Code, a => a.PartnerId);
        Assert.Equal(["Greenway Environmental Services", "Shared Revenues Partnership"], partners.Select(p => p.Name));
        Assert.All(partners, p => Assert.True(p.IsActive));
        Assert.Equal((partners[0].Id, partners[0].Id, partners[1].Id), (areas["WST"], areas["PKG"], areas["REV"]));
        Assert.Null(areas["HSG"]);
        Assert.True(await upgraded.Teams.CountAsync() > 0);
        Assert.Equal(0, await upgraded.Teams.CountAsync(t => !t.IsActive));
    }
}
