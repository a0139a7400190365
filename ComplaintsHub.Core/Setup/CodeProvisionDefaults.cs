using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>Puts in each Code's provisions (<see cref="CodeProvisionCatalogue"/>) where the database has none for that Code; a council's own changes are never overwritten.</summary>
public static class CodeProvisionDefaults
{
    public static async Task AddIfNoneAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var present = await db.CodeProvisions.Select(p => p.Scheme).Distinct().ToListAsync(cancellationToken);
        var missing = Enum.GetValues<OmbudsmanScheme>().Except(present).ToList();
        if (missing.Count == 0) return;
        foreach (var scheme in missing)
        {
            db.CodeProvisions.AddRange(CodeProvisionCatalogue.For(scheme).Select(p => new CodeProvision(scheme, p.Reference, p.Section, p.Requirement)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two servers started together on the same empty database and the other put them in first: theirs stand.
            db.ChangeTracker.Clear();
        }
    }
}
