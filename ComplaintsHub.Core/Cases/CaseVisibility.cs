using System.Linq.Expressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// Who sees which cases, written once: staff see their service areas' cases and any case they logged or hold; the
/// complaints team sees all; councillors none. The same rule filters every list, export and look-up in the database
/// and checks the one case a page or a command has loaded.
/// </summary>
public sealed class CaseVisibility
{
    /// <summary>The rule for a caseworker, over the case's area, who logged it and who holds it.</summary>
    private static readonly Expression<Func<int, Guid, Guid?, IReadOnlyCollection<int>, Guid, bool>> CaseworkerSees =
        (caseAreaId, loggedById, allocatedOfficerId, staffAreaIds, me) => staffAreaIds.Contains(caseAreaId) || loggedById == me || allocatedOfficerId == me;

    private static readonly Func<int, Guid, Guid?, IReadOnlyCollection<int>, Guid, bool> CaseworkerSeesCompiled = CaseworkerSees.Compile();

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
        SeesEveryCase || (_staff.IsCaseworker && CaseworkerSeesCompiled(caseAreaId, loggedById, allocatedOfficerId, _areaIds, _staff.StaffUserId));

    /// <summary>Whether there is a case <paramref name="caseId"/> that <paramref name="staff"/> may see: for what hangs off a case (its emails, a kept email).</summary>
    public static async Task<bool> SeesCaseAsync(ComplaintsDbContext db, CurrentStaff staff, int caseId, CancellationToken cancellationToken) =>
        await (await OfAsync(db, staff, cancellationToken)).Apply(db.Complaints.AsNoTracking()).AnyAsync(c => c.Id == caseId, cancellationToken);

    /// <summary>
    /// Where this person's cases lie, for the search index to read only those (a team leader's two areas of seven); null
    /// when they see every case.
    /// </summary>
    public async Task<CaseSearchScope?> SearchScopeAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (SeesEveryCase) return null;
        if (!_staff.IsCaseworker) return new CaseSearchScope([], []);
        var (areas, me) = (_areaIds, _staff.StaffUserId);
        // Two reads joined, each by its own index: given the OR, SQLite read every case.
        var own = await db.Complaints.AsNoTracking().Where(c => c.LoggedById == me && !areas.Contains(c.ServiceAreaId)).Select(c => c.Id)
            .Union(db.Complaints.AsNoTracking().Where(c => c.AllocatedOfficerId == me && !areas.Contains(c.ServiceAreaId)).Select(c => c.Id))
            .ToListAsync(cancellationToken);
        return new CaseSearchScope(areas, own);
    }

    /// <summary>The cases of <paramref name="cases"/> this person may see.</summary>
    public IQueryable<Complaint> Apply(IQueryable<Complaint> cases) => SeesEveryCase ? cases : cases.Where(Rule());

    /// <summary>The caseworker rule with the case's columns in place of its first three inputs and this person's areas and id as parameters.</summary>
    private Expression<Func<Complaint, bool>> Rule()
    {
        if (!_staff.IsCaseworker) return c => false;
        var scope = new Scope(_areaIds, _staff.StaffUserId);
        var c = Expression.Parameter(typeof(Complaint), "c");
        var scopeValue = Expression.Constant(scope);
        var body = new Substitute(new Dictionary<ParameterExpression, Expression>
        {
            [CaseworkerSees.Parameters[0]] = Expression.Property(c, nameof(Complaint.ServiceAreaId)),
            [CaseworkerSees.Parameters[1]] = Expression.Property(c, nameof(Complaint.LoggedById)),
            [CaseworkerSees.Parameters[2]] = Expression.Property(c, nameof(Complaint.AllocatedOfficerId)),
            // Read from an object rather than inlined, so that the database gets them as parameters, not constants baked into the SQL.
            [CaseworkerSees.Parameters[3]] = Expression.Property(scopeValue, nameof(Scope.AreaIds)),
            [CaseworkerSees.Parameters[4]] = Expression.Property(scopeValue, nameof(Scope.Me)),
        }).Visit(CaseworkerSees.Body);
        return Expression.Lambda<Func<Complaint, bool>>(body, c);
    }

    private sealed record Scope(IReadOnlyCollection<int> AreaIds, Guid Me);

    private sealed class Substitute(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.GetValueOrDefault(node) ?? node;
    }
}
