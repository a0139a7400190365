using System.Linq.Expressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;

namespace ComplaintsHub.Core.Services;

/// <summary>
/// <see cref="CaseRules.CanSee"/> as a query filter, for one person: every list, export and look-up that returns cases
/// or complainants filters through this, so the database applies the same rule as the case page rather than a copy.
/// </summary>
public sealed class CaseVisibility
{
    private readonly CurrentStaff _staff;
    private readonly IReadOnlyCollection<int> _areaIds;

    private CaseVisibility(CurrentStaff staff, IReadOnlyCollection<int> areaIds)
    {
        _staff = staff;
        _areaIds = areaIds;
    }

    public static async Task<CaseVisibility> OfAsync(ComplaintsDbContext db, CurrentStaff staff, CancellationToken cancellationToken) =>
        new(staff, staff.Has(StaffRole.ComplaintsAdmin) || !staff.IsCaseworker ? [] : await CaseLoading.AreasOfAsync(db, staff, cancellationToken));

    public bool SeesEveryCase => _staff.Has(StaffRole.ComplaintsAdmin);

    public bool CanSee(int caseAreaId, Guid loggedById, Guid? allocatedOfficerId) =>
        CaseRules.CanSee(_staff, _areaIds, caseAreaId, loggedById, allocatedOfficerId);

    /// <summary>The cases of <paramref name="cases"/> this person may see.</summary>
    public IQueryable<Complaint> Apply(IQueryable<Complaint> cases) => SeesEveryCase ? cases : cases.Where(Rule());

    private Expression<Func<Complaint, bool>> Rule()
    {
        if (!_staff.IsCaseworker) return c => false;
        // Locals, so that the database gets them as parameters rather than constants baked into the SQL.
        var areas = _areaIds;
        var me = _staff.StaffUserId;
        return c => areas.Contains(c.ServiceAreaId) || c.LoggedById == me || c.AllocatedOfficerId == me;
    }
}
