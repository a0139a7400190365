using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>Reads the council's service areas, subjects, categories, teams and partners for the page that manages them.</summary>
public sealed class ReferenceDataQuery(IDbContextFactory<ComplaintsDbContext> dbFactory)
{
    public async Task<ReferenceData> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.ServiceAreas.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new ServiceAreaRow(a.Id, a.Name, a.Code, a.DefaultProcedureId, a.DefaultProcedure!.Name, a.PartnerId, db.SharedServicePartners.Where(p => p.Id == a.PartnerId).Select(p => p.Name).FirstOrDefault(), a.IsActive, a.Version))
            .ToListAsync(cancellationToken);
        var subjects = await db.Subjects.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SubjectRow(s.Id, s.ServiceAreaId, s.Name, s.IsActive, s.Version))
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Name, c.IsActive, c.Version))
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.ServiceAreaId, t.ServiceArea!.Name, t.TeamLeaderId, db.StaffUsers.Where(s => s.Id == t.TeamLeaderId).Select(s => s.DisplayName).FirstOrDefault(), t.IsActive, t.Version))
            .ToListAsync(cancellationToken);
        var partners = await db.SharedServicePartners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PartnerRow(p.Id, p.Name, p.IsActive, p.Version))
            .ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SetupChoice<int>(p.Id, p.Name, p.IsActive))
            .ToListAsync(cancellationToken);
        var staff = await db.StaffUsers.AsNoTracking().OrderBy(s => s.DisplayName)
            .Select(s => new SetupChoice<Guid>(s.Id, s.DisplayName, s.IsActive))
            .ToListAsync(cancellationToken);
        return new ReferenceData(areas, subjects, categories, teams, partners, procedures, staff);
    }
}
