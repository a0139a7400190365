using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// What a row's words can mean here: our active service areas (by name or code) with their subjects, the active
/// categories, and the staff (by display name, email or user principal name), all matched ignoring case. The dry run
/// and the import read the same choices, so a row the dry run passes is imported as the dry run understood it.
/// </summary>
public sealed class ImportChoices
{
    private readonly Dictionary<string, ImportArea> _areas = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ImportStaffMember>> _staff = new(StringComparer.OrdinalIgnoreCase);

    public ImportChoices(IEnumerable<ImportArea> areas, IEnumerable<(int Id, string Name)> categories, IEnumerable<ImportStaffMember> staff)
    {
        foreach (var area in areas)
        {
            _areas.TryAdd(area.Name.Trim(), area);
            _areas.TryAdd(area.Code.Trim(), area);
        }
        foreach (var (id, name) in categories) _categories.TryAdd(name.Trim(), id);
        foreach (var person in staff)
            foreach (var key in new[] { person.DisplayName.Trim(), person.Email.Trim() }.Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_staff.TryGetValue(key, out var people)) _staff[key] = people = [];
                if (!people.Contains(person)) people.Add(person);
            }
    }

    public ImportArea? Area(string nameOrCode) => _areas.GetValueOrDefault(nameOrCode.Trim());

    public int? Category(string name) => _categories.TryGetValue(name.Trim(), out var id) ? id : null;

    /// <summary>Everyone the name or email could mean: none, one, or several people who share a display name.</summary>
    public IReadOnlyList<ImportStaffMember> Staff(string nameOrEmail) => _staff.TryGetValue(nameOrEmail.Trim(), out var people) ? people : [];

    public static async Task<ImportChoices> LoadAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.ServiceAreas.AsNoTracking().Where(a => a.IsActive)
            .Select(a => new
            {
                a.Id, a.Name, a.Code, a.DefaultProcedureId,
                Procedure = db.Procedures.Where(p => p.Id == a.DefaultProcedureId)
                    .Select(p => new { p.Name, Stages = p.Stages.Count, Agreed = p.Stages.Any(s => s.StageNumber == 1 && s.ResponseWorkingDays == null) }).Single(),
                Subjects = a.Subjects.Where(s => s.IsActive).Select(s => new { s.Id, s.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        // Everyone, access switched off or not: a closed case keeps the officer who had it, as the case list does.
        var staff = await db.StaffUsers.AsNoTracking().Select(s => new ImportStaffMember(s.Id, s.DisplayName, s.Email, s.IsActive)).ToListAsync(cancellationToken);
        return new ImportChoices(
            areas.Select(a => new ImportArea(a.Id, a.Name, a.Code, a.DefaultProcedureId, a.Procedure.Name, a.Procedure.Stages,
                Subjects(a.Subjects.Select(s => (s.Id, s.Name))), a.Procedure.Agreed)),
            categories.Select(c => (c.Id, c.Name)),
            staff);
    }

    /// <summary>Subjects by name, ignoring case, for <see cref="ImportArea.Subjects"/>.</summary>
    public static IReadOnlyDictionary<string, int> Subjects(IEnumerable<(int Id, string Name)> subjects)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, name) in subjects) byName.TryAdd(name.Trim(), id);
        return byName;
    }
}
