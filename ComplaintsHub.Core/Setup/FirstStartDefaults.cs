using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// Puts in what every council needs before it can take its first complaint, on every start and in every environment:
/// the default procedures and categories (<see cref="DefaultReferenceData"/>), the Complaint Handling Codes' provisions
/// (<see cref="CodeProvisionCatalogue"/>) and the default letter templates. Only
/// into a database that has none: a council that has procedures keeps exactly what it has, so a second start adds nothing.
/// </summary>
public sealed class FirstStartDefaults(IDbContextFactory<ComplaintsDbContext> dbFactory, LetterService letters, ILogger<FirstStartDefaults> logger)
{
    /// <returns>Whether the default procedures and categories were added by this call.</returns>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken = default)
    {
        bool added;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            added = await AddReferenceDataIfNoneAsync(db, cancellationToken);
            await HazardTimescaleSettings.AddDefaultsIfNoneAsync(db, cancellationToken);
            await CodeProvisionDefaults.AddIfNoneAsync(db, cancellationToken);
        }

        await letters.EnsureDefaultTemplatesAsync(cancellationToken);
        if (added)
        {
            logger.LogInformation("First start: added the {Procedures} default procedures and {Categories} categories", DefaultReferenceData.Procedures().Count, DefaultReferenceData.Categories.Length);
        }

        return added;
    }

    /// <summary>
    /// Adds the default procedures (and the categories, where there are none) in one save when the database has no
    /// procedure at all. The demo seeder calls this too, so the demo council runs on the same defaults as a real one.
    /// </summary>
    internal static async Task<bool> AddReferenceDataIfNoneAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Procedures.AnyAsync(cancellationToken)) return false;
        db.Procedures.AddRange(DefaultReferenceData.Procedures());
        if (!await db.Categories.AnyAsync(cancellationToken)) db.Categories.AddRange(DefaultReferenceData.Categories.Select(name => new Category(name)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two servers started together on the same empty database and the other saved the defaults first: theirs stand.
            db.ChangeTracker.Clear();
            if (await db.Procedures.AnyAsync(cancellationToken)) return false;
            throw;
        }
    }
}
