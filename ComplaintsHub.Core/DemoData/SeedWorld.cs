using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

internal sealed record SeedWorld(IReadOnlyList<Procedure> Procedures, IReadOnlyList<Category> Categories, IReadOnlyList<SeedArea> Areas, IReadOnlyList<StaffUser> Staff)
{
    public IEnumerable<StaffUser> WithRole(StaffRole role, ServiceArea area) =>
        Staff.Where(s => s.HasRole(role) && s.ServiceAreas.Contains(area));
}
