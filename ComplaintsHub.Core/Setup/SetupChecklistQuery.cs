using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>How far the council has got with setting ComplaintsHub up: counts made by the database, no rows read.</summary>
public sealed class SetupChecklistQuery(IDbContextFactory<ComplaintsDbContext> dbFactory)
{
    /// <summary>The role each staff step needs; roles come from Entra, so a person counts once they are active and hold it.</summary>
    private static readonly IReadOnlyDictionary<SetupStep, StaffRole> StaffSteps = new Dictionary<SetupStep, StaffRole>
    {
        [SetupStep.Officers] = StaffRole.Officer,
        [SetupStep.TeamLeaders] = StaffRole.TeamLeader,
        [SetupStep.HeadsOfService] = StaffRole.HeadOfService,
        [SetupStep.ComplaintsTeam] = StaffRole.ComplaintsAdmin,
    };

    public async Task<SetupChecklist> GetAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "see how far ComplaintsHub is set up");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var council = await db.CouncilProfiles.CountAsync(c => c.Name != "" && c.Address != "" && c.Signatory != "" && c.EscalationHow != "", cancellationToken);
        var procedures = await db.Procedures.CountAsync(p => p.IsActive, cancellationToken);
        var areas = await db.ServiceAreas.CountAsync(a => a.IsActive, cancellationToken);
        var templates = await db.LetterTemplates.CountAsync(t => t.IsCurrent, cancellationToken);
        var roles = await db.StaffUsers.Where(s => s.IsActive).SelectMany(s => s.Roles)
            .GroupBy(r => r.Role).Select(g => new { Role = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.Role, r => r.Count, cancellationToken);

        return new SetupChecklist(Enum.GetValues<SetupStep>().Select(step => new SetupItem(step, step switch
        {
            SetupStep.CouncilDetails => council,
            SetupStep.Procedures => procedures,
            SetupStep.ServiceAreas => areas,
            SetupStep.LetterTemplates => templates,
            _ => roles.GetValueOrDefault(StaffSteps[step]),
        })).ToList());
    }
}
